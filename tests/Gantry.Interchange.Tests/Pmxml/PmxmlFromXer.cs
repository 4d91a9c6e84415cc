using System.Globalization;
using System.Text;
using System.Xml;
using Gantry.Interchange.Xer;

namespace Gantry.Interchange.Tests.Pmxml;

/// <summary>
/// Test-side generator: writes the P6 data of an XER as the P6 XML a P6 export of the same
/// project would hold (element names, words for enumerations, fractions for percentages, 16:59
/// period ends), so the reader can be checked against the XER reader on real data.
/// </summary>
internal static class PmxmlFromXer
{
    public const string Namespace = "http://xmlns.oracle.com/Primavera/P6/V8.3/API/BusinessObjects";

    public static string Write(XerSchedule xer)
    {
        var text = new StringBuilder();
        using (var w = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            w.WriteStartElement("APIBusinessObjects", Namespace);
            foreach (var c in xer.Calendars)
            {
                Calendar(w, c);
            }

            foreach (var r in xer.Resources)
            {
                w.WriteStartElement("Resource", Namespace);
                Field(w, "ObjectId", r.Id);
                Field(w, "ParentObjectId", r.ParentId);
                Field(w, "CalendarObjectId", r.CalendarId);
                Field(w, "Id", r.Code);
                Field(w, "Name", r.Name);
                Field(w, "ResourceType", Word(r.Type, ("RT_Labor", "Labor"), ("RT_Equip", "Nonlabor"), ("RT_Mat", "Material")));
                w.WriteEndElement();
            }

            foreach (var t in xer.ActivityCodeTypes)
            {
                w.WriteStartElement("ActivityCodeType", Namespace);
                Field(w, "ObjectId", t.Id);
                Field(w, "Name", t.Name);
                Field(w, "Scope", Word(t.Scope, ("AS_Global", "Global"), ("AS_EPS", "EPS"), ("AS_Project", "Project")));
                w.WriteEndElement();
            }

            foreach (var c in xer.ActivityCodes)
            {
                w.WriteStartElement("ActivityCode", Namespace);
                Field(w, "ObjectId", c.Id);
                Field(w, "CodeTypeObjectId", c.TypeId);
                Field(w, "ParentObjectId", c.ParentId);
                Field(w, "CodeValue", c.ShortName);
                Field(w, "Description", c.Name);
                w.WriteEndElement();
            }

            foreach (var u in xer.UdfTypes)
            {
                w.WriteStartElement("UDFType", Namespace);
                Field(w, "ObjectId", u.Id);
                Field(w, "SubjectArea", Word(u.TableName, ("TASK", "Activity"), ("PROJWBS", "WBS"), ("RSRC", "Resource"), ("PROJECT", "Project"), ("TASKRSRC", "Resource Assignment")));
                Field(w, "Title", u.Label);
                Field(w, "DataType", u.DataType);
                w.WriteEndElement();
            }

            foreach (var p in xer.Projects)
            {
                Project(w, xer, p);
            }

            w.WriteEndElement();
        }

        return text.ToString();
    }

    private static void Project(XmlWriter w, XerSchedule xer, XerProject p)
    {
        w.WriteStartElement("Project", Namespace);
        Field(w, "ObjectId", p.Id);
        Field(w, "Id", p.ShortName);
        Field(w, "ActivityDefaultCalendarObjectId", p.DefaultCalendarId);
        Field(w, "DataDate", p.DataDate);
        Field(w, "PlannedStartDate", p.PlannedStart);
        Field(w, "MustFinishByDate", p.MustFinishBy);
        Field(w, "ScheduledFinishDate", p.ScheduledFinish);
        Field(w, "CriticalActivityFloatLimit", p.CriticalFloatHours);
        Field(w, "CriticalActivityPathType", Word(p.CriticalPathType, ("CT_TotFloat", "Critical Float"), ("CT_DrivPath", "Longest Path")));
        if (xer.ScheduleOptions.FirstOrDefault(o => o.ProjectId == p.Id) is { } o)
        {
            w.WriteStartElement("ScheduleOptions", Namespace);
            Field(w, "OutOfSequenceScheduleType", o.RetainedLogic ? "Retained Logic" : o.ProgressOverride ? "Progress Override" : "Actual Dates");
            Field(w, "ComputeTotalFloatType", Word(o.FloatType, ("FT_FF", "Finish Float = Late Finish - Early Finish"), ("FT_SF", "Start Float = Late Start - Early Start"), ("FT_Smallest", "Smallest of Start Float and Finish Float")));
            Field(w, "RelationshipLagCalendar", Word(o.LagCalendar, ("rcal_Predecessor", "Predecessor Activity Calendar"), ("rcal_Successor", "Successor Activity Calendar"), ("rcal_24Hour", "24 Hour Calendar"), ("rcal_ProjDefault", "Project Default Calendar")));
            Field(w, "StartToStartLagCalculationType", o.LagFromEarlyStart ? "Early Start" : "Actual Start");
            Field(w, "MakeOpenEndedActivitiesCritical", o.OpenEndsCritical);
            Field(w, "UseExpectedEndDates", o.UseExpectedFinish);
            w.WriteEndElement();
        }

        foreach (var wbs in xer.Wbs.Where(x => x.ProjectId == p.Id && !x.IsProjectNode))
        {
            w.WriteStartElement("WBS", Namespace);
            Field(w, "ObjectId", wbs.Id);
            Field(w, "ProjectObjectId", wbs.ProjectId);
            Field(w, "ParentObjectId", wbs.ParentId);
            Field(w, "Code", wbs.ShortName);
            Field(w, "Name", wbs.Name);
            Field(w, "SequenceNumber", wbs.SequenceNumber);
            w.WriteEndElement();
        }

        var codes = xer.TaskActivityCodes.ToLookup(c => c.TaskId);
        var udfs = xer.UdfValues.ToLookup(u => u.RecordId);
        var taskUdfTypes = xer.UdfTypes.Where(u => u.TableName == "TASK").Select(u => u.Id).ToHashSet();
        foreach (var t in xer.Tasks.Where(t => t.ProjectId == p.Id))
        {
            Activity(w, t, codes[t.Id], udfs[t.Id].Where(u => taskUdfTypes.Contains(u.TypeId)));
        }

        foreach (var r in xer.Relationships)
        {
            w.WriteStartElement("Relationship", Namespace);
            Field(w, "ObjectId", r.Id);
            Field(w, "PredecessorActivityObjectId", r.PredecessorId);
            Field(w, "SuccessorActivityObjectId", r.SuccessorId);
            Field(w, "Type", Word(r.Type, ("PR_FS", "Finish to Start"), ("PR_SS", "Start to Start"), ("PR_FF", "Finish to Finish"), ("PR_SF", "Start to Finish")));
            Field(w, "Lag", r.LagHours);
            w.WriteEndElement();
        }

        foreach (var a in xer.Assignments)
        {
            w.WriteStartElement("ResourceAssignment", Namespace);
            Field(w, "ObjectId", a.Id);
            Field(w, "ActivityObjectId", a.TaskId);
            Field(w, "ResourceObjectId", a.ResourceId);
            Field(w, "RoleObjectId", a.RoleId);
            Field(w, "PlannedUnits", a.PlannedUnits);
            Field(w, "RemainingUnits", a.RemainingUnits);
            Field(w, "RemainingUnitsPerTime", a.RemainingUnitsPerHour);
            Field(w, "RemainingLag", a.RemainingLagHours);
            Field(w, "PricePerUnit", a.CostPerUnit);
            Field(w, "PlannedCost", a.PlannedCost);
            Field(w, "ActualStartDate", a.ActualStart);
            Field(w, "ActualFinishDate", a.ActualFinish);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Activity(XmlWriter w, XerTask t, IEnumerable<XerTaskActivityCode> codes, IEnumerable<XerUdfValue> udfs)
    {
        w.WriteStartElement("Activity", Namespace);
        Field(w, "ObjectId", t.Id);
        Field(w, "Id", t.Code);
        Field(w, "Name", t.Name);
        Field(w, "WBSObjectId", t.WbsId);
        Field(w, "CalendarObjectId", t.CalendarId);
        Field(w, "Type", Word(t.Type, ("TT_Task", "Task Dependent"), ("TT_Rsrc", "Resource Dependent"), ("TT_LOE", "Level of Effort"), ("TT_Mile", "Start Milestone"), ("TT_FinMile", "Finish Milestone"), ("TT_WBS", "WBS Summary")));
        Field(w, "Status", Word(t.Status, ("TK_NotStart", "Not Started"), ("TK_Active", "In Progress"), ("TK_Complete", "Completed")));
        Field(w, "PercentCompleteType", Word(t.PercentCompleteType, ("CP_Phys", "Physical"), ("CP_Drtn", "Duration"), ("CP_Units", "Units")));
        Field(w, "PhysicalPercentComplete", t.PhysicalPercentComplete / 100m);
        Field(w, "PlannedDuration", t.PlannedDurationHours);
        Field(w, "RemainingDuration", t.RemainingDurationHours);
        Field(w, "TotalFloat", t.TotalFloatHours);
        Field(w, "FreeFloat", t.FreeFloatHours);
        Field(w, "PrimaryConstraintType", Constraint(t.ConstraintType));
        Field(w, "PrimaryConstraintDate", t.ConstraintDate);
        Field(w, "SecondaryConstraintType", Constraint(t.SecondaryConstraintType));
        Field(w, "SecondaryConstraintDate", t.SecondaryConstraintDate);
        Field(w, "ActualStartDate", t.ActualStart);
        Field(w, "ActualFinishDate", t.ActualFinish);
        Field(w, "EarlyStartDate", t.EarlyStart);
        Field(w, "EarlyFinishDate", t.EarlyFinish);
        Field(w, "LateStartDate", t.LateStart);
        Field(w, "LateFinishDate", t.LateFinish);
        Field(w, "PlannedStartDate", t.PlannedStart);
        Field(w, "PlannedFinishDate", t.PlannedFinish);
        Field(w, "ExpectedFinishDate", t.ExpectedFinish);
        Field(w, "SuspendDate", t.SuspendDate);
        Field(w, "ResumeDate", t.ResumeDate);
        Field(w, "IsLongestPath", t.DrivingPath);
        foreach (var c in codes)
        {
            w.WriteStartElement("Code", Namespace);
            Field(w, "TypeObjectId", c.TypeId);
            Field(w, "ValueObjectId", c.CodeId);
            w.WriteEndElement();
        }

        foreach (var u in udfs)
        {
            w.WriteStartElement("UDF", Namespace);
            Field(w, "TypeObjectId", u.TypeId);
            Field(w, "TextValue", u.Text);
            Field(w, "DoubleValue", u.Number);
            Field(w, "StartDateValue", u.Date);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Calendar(XmlWriter w, XerCalendar c)
    {
        w.WriteStartElement("Calendar", Namespace);
        Field(w, "ObjectId", c.Id);
        Field(w, "Name", c.Name);
        Field(w, "ProjectObjectId", c.ProjectId);
        Field(w, "BaseCalendarObjectId", c.BaseCalendarId);
        Field(w, "Type", Word(c.Type, ("CA_Base", "Global"), ("CA_Project", "Project"), ("CA_Rsrc", "Resource")));
        Field(w, "IsDefault", c.IsDefault);
        Field(w, "HoursPerDay", c.HoursPerDay);
        Field(w, "HoursPerWeek", c.HoursPerWeek);
        Field(w, "HoursPerMonth", c.HoursPerMonth);
        Field(w, "HoursPerYear", c.HoursPerYear);
        if (c.Data.HasWorkWeek)
        {
            w.WriteStartElement("StandardWorkWeek", Namespace);
            for (int d = 0; d < 7; d++)
            {
                w.WriteStartElement("StandardWorkHours", Namespace);
                Field(w, "DayOfWeek", ((DayOfWeek)d).ToString());
                WorkTimes(w, c.Data.WorkWeek((DayOfWeek)d));
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteStartElement("HolidayOrExceptions", Namespace);
        foreach (var e in c.Data.Exceptions)
        {
            w.WriteStartElement("HolidayOrException", Namespace);
            Field(w, "Date", e.Date.ToDateTime(TimeOnly.MinValue));
            WorkTimes(w, e.Periods);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>P6 XML writes the last working minute (16:59), an empty WorkTime for a day off.</summary>
    private static void WorkTimes(XmlWriter w, IReadOnlyList<P6WorkPeriod> periods)
    {
        if (periods.Count == 0)
        {
            w.WriteElementString("WorkTime", Namespace, string.Empty);
        }

        foreach (var p in periods)
        {
            w.WriteStartElement("WorkTime", Namespace);
            Field(w, "Start", Time(p.StartMinute));
            Field(w, "Finish", Time(p.EndMinute - 1));
            w.WriteEndElement();
        }
    }

    private static string Time(int minute) => string.Create(CultureInfo.InvariantCulture, $"{minute / 60:00}:{minute % 60:00}:00");

    private static string? Constraint(string? code) => code == null ? null : Word(code,
        ("CS_ASAP", "As Soon As Possible"), ("CS_ALAP", "As Late As Possible"), ("CS_MSO", "Start On"), ("CS_MSOA", "Start On or After"),
        ("CS_MSOB", "Start On or Before"), ("CS_MEO", "Finish On"), ("CS_MEOA", "Finish On or After"), ("CS_MEOB", "Finish On or Before"),
        ("CS_MANDSTART", "Mandatory Start"), ("CS_MANDFIN", "Mandatory Finish"));

    private static string Word(string code, params (string Code, string Word)[] words) =>
        words.FirstOrDefault(x => x.Code == code).Word ?? throw new ArgumentException("no P6 XML word for " + code, nameof(code));

    private static void Field(XmlWriter w, string name, string? value)
    {
        if (value != null)
        {
            w.WriteElementString(name, Namespace, value);
        }
    }

    private static void Field(XmlWriter w, string name, long? value) => Field(w, name, value?.ToString(CultureInfo.InvariantCulture));

    private static void Field(XmlWriter w, string name, decimal? value) => Field(w, name, value?.ToString(CultureInfo.InvariantCulture));

    private static void Field(XmlWriter w, string name, bool value) => Field(w, name, value ? "true" : "false");

    private static void Field(XmlWriter w, string name, DateTime? value) => Field(w, name, value?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
}
