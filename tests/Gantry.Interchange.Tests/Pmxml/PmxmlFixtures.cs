namespace Gantry.Interchange.Tests.Pmxml;

/// <summary>Small P6 XML files written by hand after the P6 schema, one feature each.</summary>
internal static class PmxmlFixtures
{
    public const string Calendar = """
          <Calendar>
            <ObjectId>10</ObjectId><Name>Site 5x8</Name><Type>Global</Type><IsDefault>true</IsDefault>
            <HoursPerDay>8</HoursPerDay><HoursPerWeek>40</HoursPerWeek><HoursPerMonth>172</HoursPerMonth><HoursPerYear>2000</HoursPerYear>
            <StandardWorkWeek>
              <StandardWorkHours><DayOfWeek>Sunday</DayOfWeek><WorkTime/></StandardWorkHours>
              <StandardWorkHours><DayOfWeek>Monday</DayOfWeek><WorkTime><Start>08:00:00</Start><Finish>11:59:00</Finish></WorkTime><WorkTime><Start>13:00:00</Start><Finish>16:59:00</Finish></WorkTime></StandardWorkHours>
              <StandardWorkHours><DayOfWeek>Tuesday</DayOfWeek><WorkTime><Start>08:00:00</Start><Finish>11:59:00</Finish></WorkTime><WorkTime><Start>13:00:00</Start><Finish>16:59:00</Finish></WorkTime></StandardWorkHours>
              <StandardWorkHours><DayOfWeek>Wednesday</DayOfWeek><WorkTime><Start>08:00:00</Start><Finish>11:59:00</Finish></WorkTime><WorkTime><Start>13:00:00</Start><Finish>16:59:00</Finish></WorkTime></StandardWorkHours>
              <StandardWorkHours><DayOfWeek>Thursday</DayOfWeek><WorkTime><Start>08:00:00</Start><Finish>11:59:00</Finish></WorkTime><WorkTime><Start>13:00:00</Start><Finish>16:59:00</Finish></WorkTime></StandardWorkHours>
              <StandardWorkHours><DayOfWeek>Friday</DayOfWeek><WorkTime><Start>08:00:00</Start><Finish>11:59:00</Finish></WorkTime><WorkTime><Start>13:00:00</Start><Finish>16:59:00</Finish></WorkTime></StandardWorkHours>
              <StandardWorkHours><DayOfWeek>Saturday</DayOfWeek><WorkTime/></StandardWorkHours>
            </StandardWorkWeek>
            <HolidayOrExceptions>
              <HolidayOrException><Date>2026-01-01T00:00:00</Date><WorkTime/></HolidayOrException>
              <HolidayOrException><Date>2026-01-10T00:00:00</Date><WorkTime><Start>09:00:00</Start><Finish>12:59:00</Finish></WorkTime></HolidayOrException>
            </HolidayOrExceptions>
          </Calendar>
        """;

    /// <summary>One project: four links of each type with lags, constraints, progress, a resource and its assignment.</summary>
    public static string Project(string id = "1", string shortName = "NORTH", string extraActivities = "", string options = DefaultOptions) => $"""
          <Project>
            <ObjectId>{id}</ObjectId><Id>{shortName}</Id><Name>North works</Name>
            <ActivityDefaultCalendarObjectId>10</ActivityDefaultCalendarObjectId>
            <DataDate>2026-01-05T08:00:00</DataDate><PlannedStartDate>2026-01-05T08:00:00</PlannedStartDate>
            <CriticalActivityFloatLimit>0</CriticalActivityFloatLimit><CriticalActivityPathType>Critical Float</CriticalActivityPathType>
            {options}
            <WBS><ObjectId>{id}00</ObjectId><ProjectObjectId>{id}</ProjectObjectId><ParentObjectId>{id}</ParentObjectId><Code>CIV</Code><Name>Civil</Name></WBS>
            <Activity>
              <ObjectId>{id}01</ObjectId><Id>A1000</Id><Name>Excavate</Name><CalendarObjectId>10</CalendarObjectId><WBSObjectId>{id}00</WBSObjectId>
              <Type>Task Dependent</Type><Status>Completed</Status><PercentCompleteType>Physical</PercentCompleteType><PhysicalPercentComplete>1</PhysicalPercentComplete>
              <PlannedDuration>16</PlannedDuration><RemainingDuration>0</RemainingDuration>
              <ActualStartDate>2025-12-29T08:00:00</ActualStartDate><ActualFinishDate>2025-12-30T17:00:00</ActualFinishDate>
              <PrimaryConstraintType xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>
              <UDF><TypeObjectId>70</TypeObjectId><TextValue>Zone 3</TextValue></UDF>
              <Code><TypeObjectId>50</TypeObjectId><ValueObjectId>51</ValueObjectId></Code>
            </Activity>
            <Activity>
              <ObjectId>{id}02</ObjectId><Id>A1010</Id><Name>Pour base</Name><CalendarObjectId>10</CalendarObjectId><WBSObjectId>{id}00</WBSObjectId>
              <Type>Task Dependent</Type><Status>In Progress</Status><PercentCompleteType>Physical</PercentCompleteType><PhysicalPercentComplete>0.25</PhysicalPercentComplete>
              <PlannedDuration>40</PlannedDuration><RemainingDuration>24</RemainingDuration><ActualStartDate>2026-01-02T08:00:00</ActualStartDate>
              <PrimaryConstraintType>Start On or After</PrimaryConstraintType><PrimaryConstraintDate>2026-01-02T08:00:00</PrimaryConstraintDate>
            </Activity>
            <Activity>
              <ObjectId>{id}03</ObjectId><Id>A1020</Id><Name>Cure</Name><CalendarObjectId>10</CalendarObjectId>
              <Type>Task Dependent</Type><Status>Not Started</Status><PlannedDuration>24</PlannedDuration><RemainingDuration>24</RemainingDuration>
              <PrimaryConstraintType>Finish On or Before</PrimaryConstraintType><PrimaryConstraintDate>2026-01-30T17:00:00</PrimaryConstraintDate>
              <SecondaryConstraintType>Start On or After</SecondaryConstraintType><SecondaryConstraintDate>2026-01-07T08:00:00</SecondaryConstraintDate>
            </Activity>
            <Activity>
              <ObjectId>{id}04</ObjectId><Id>A1030</Id><Name>Erect steel</Name><CalendarObjectId>10</CalendarObjectId>
              <Type>Resource Dependent</Type><Status>Not Started</Status><PlannedDuration>32</PlannedDuration><RemainingDuration>32</RemainingDuration>
            </Activity>
            <Activity>
              <ObjectId>{id}05</ObjectId><Id>M1040</Id><Name>Frame complete</Name><CalendarObjectId>10</CalendarObjectId>
              <Type>Finish Milestone</Type><Status>Not Started</Status><PlannedDuration>0</PlannedDuration><RemainingDuration>0</RemainingDuration>
              <PrimaryConstraintType>Mandatory Finish</PrimaryConstraintType><PrimaryConstraintDate>2026-02-27T17:00:00</PrimaryConstraintDate>
            </Activity>
            {extraActivities}
            <Relationship><ObjectId>{id}91</ObjectId><PredecessorActivityObjectId>{id}01</PredecessorActivityObjectId><SuccessorActivityObjectId>{id}02</SuccessorActivityObjectId><Type>Finish to Start</Type><Lag>8</Lag></Relationship>
            <Relationship><ObjectId>{id}92</ObjectId><PredecessorActivityObjectId>{id}02</PredecessorActivityObjectId><SuccessorActivityObjectId>{id}03</SuccessorActivityObjectId><Type>Start to Start</Type><Lag>16</Lag></Relationship>
            <Relationship><ObjectId>{id}93</ObjectId><PredecessorActivityObjectId>{id}03</PredecessorActivityObjectId><SuccessorActivityObjectId>{id}04</SuccessorActivityObjectId><Type>Finish to Finish</Type><Lag>-4</Lag></Relationship>
            <Relationship><ObjectId>{id}94</ObjectId><PredecessorActivityObjectId>{id}04</PredecessorActivityObjectId><SuccessorActivityObjectId>{id}05</SuccessorActivityObjectId><Type>Start to Finish</Type><Lag>0</Lag></Relationship>
            <ResourceAssignment>
              <ObjectId>{id}81</ObjectId><ActivityObjectId>{id}04</ActivityObjectId><ResourceObjectId>30</ResourceObjectId>
              <PlannedUnits>32</PlannedUnits><RemainingUnits>32</RemainingUnits><RemainingUnitsPerTime>1</RemainingUnitsPerTime><PlannedCost>2400</PlannedCost>
            </ResourceAssignment>
          </Project>
        """;

    public const string DefaultOptions = """
            <ScheduleOptions>
              <OutOfSequenceScheduleType>Progress Override</OutOfSequenceScheduleType>
              <ComputeTotalFloatType>Smallest of Start Float and Finish Float</ComputeTotalFloatType>
              <RelationshipLagCalendar>24 Hour Calendar</RelationshipLagCalendar>
              <MakeOpenEndedActivitiesCritical>true</MakeOpenEndedActivitiesCritical>
            </ScheduleOptions>
        """;

    public const string Shared = """
          <Resource><ObjectId>30</ObjectId><Id>STEEL-GANG</Id><Name>Steel erection gang</Name><ResourceType>Labor</ResourceType><CalendarObjectId>10</CalendarObjectId></Resource>
          <ActivityCodeType><ObjectId>50</ObjectId><Name>Zone</Name><Scope>Global</Scope></ActivityCodeType>
          <ActivityCode><ObjectId>51</ObjectId><CodeTypeObjectId>50</CodeTypeObjectId><CodeValue>Z3</CodeValue><Description>Zone 3</Description></ActivityCode>
          <UDFType><ObjectId>70</ObjectId><SubjectArea>Activity</SubjectArea><Title>Location</Title><DataType>Text</DataType></UDFType>
          <Currency><ObjectId>1</ObjectId><Id>CNY</Id></Currency>
        """;

    public static string File(params string[] projects) => Wrap(Calendar + Shared + string.Concat(projects));

    public static string Wrap(string body) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<APIBusinessObjects xmlns=\"" + PmxmlFromXer.Namespace + "\">\n" + body + "\n</APIBusinessObjects>\n";
}
