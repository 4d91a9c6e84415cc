using Gantry.Interchange.Xer;
using Gantry.Scheduling;
using Xunit;

namespace Gantry.Interchange.Tests.Xer;

/// <summary>
/// The oracle P6 programme read, written back as XER by Gantry and read again must be the same
/// schedule, record by record, and must schedule to the same dates.
/// </summary>
public sealed class XerRoundTripTests
{
    private static readonly Lazy<(DetailedSchedule Original, DetailedSchedule Rewritten, IReadOnlyList<ImportNote> Notes, byte[] Bytes)> Trip = new(() =>
    {
        var original = DetailedScheduleFile.Open(OracleFiles.P6Programme);
        var (rewritten, notes, bytes) = XerRoundTrip.Rewrite(original);
        return (original, rewritten, notes, bytes);
    });

    [Fact]
    public void EveryActivityKeepsItsInputsAndStoredDates()
    {
        var (original, rewritten, _, _) = Trip.Value;
        var compare = new ScheduleRecordComparer();

        compare.Activities(original.Schedule, rewritten.Schedule, storedDates: true);

        Assert.Equal(3994, rewritten.Schedule.Network.Activities.Count);
        compare.AssertNone();
    }

    [Fact]
    public void EveryLinkKeepsItsTypeAndLag()
    {
        var (original, rewritten, _, _) = Trip.Value;
        var compare = new ScheduleRecordComparer();

        compare.Links(original.Schedule, rewritten.Schedule);

        Assert.Equal(original.Schedule.Network.Relationships.Count, rewritten.Schedule.Network.Relationships.Count);
        Assert.Contains(rewritten.Schedule.Network.Relationships, r => r.Lag != 0);
        compare.AssertNone();
    }

    [Fact]
    public void EveryCalendarKeepsItsWeekAndExceptionDays()
    {
        var (original, rewritten, _, _) = Trip.Value;
        var compare = new ScheduleRecordComparer();

        compare.CalendarDefinitions(original.Schedule, rewritten.Schedule);

        Assert.Equal(6, rewritten.Schedule.Calendars.Count);
        Assert.Contains(rewritten.Schedule.Calendars.Values, c => c.Exceptions.Count > 50);
        compare.AssertNone();
    }

    [Fact]
    public void SchedulingOptionsAndProjectDatesAreKept()
    {
        var (original, rewritten, _, _) = Trip.Value;
        var (e, a) = (original.Schedule.Options, rewritten.Schedule.Options);
        var compare = new ScheduleRecordComparer();

        compare.Field("options", "ProjectStart", e.ProjectStart, a.ProjectStart);
        compare.Field("options", "DataDate", e.DataDate, a.DataDate);
        compare.Field("options", "MustFinishBy", e.MustFinishBy, a.MustFinishBy);
        compare.Field("options", "ProgressRule", e.ProgressRule, a.ProgressRule);
        compare.Field("options", "FloatType", e.FloatType, a.FloatType);
        compare.Field("options", "LagCalendar", e.LagCalendar, a.LagCalendar);
        compare.Field("options", "CriticalFloatThresholdMinutes", e.CriticalFloatThresholdMinutes, a.CriticalFloatThresholdMinutes);
        compare.Field("options", "CriticalByLongestPath", e.CriticalByLongestPath, a.CriticalByLongestPath);
        compare.Field("options", "DefaultCalendarId", e.DefaultCalendarId, a.DefaultCalendarId);
        compare.Field("options", "MakeOpenEndedActivitiesCritical", e.MakeOpenEndedActivitiesCritical, a.MakeOpenEndedActivitiesCritical);
        compare.Field("options", "UseExpectedFinish", e.UseExpectedFinish, a.UseExpectedFinish);
        compare.Field("options", "StartToStartLagFromEarlyStart", e.StartToStartLagFromEarlyStart, a.StartToStartLagFromEarlyStart);
        compare.Field("project", "details", original.Details.Project, rewritten.Details.Project);

        compare.AssertNone();
    }

    [Fact]
    public void WbsResourcesAssignmentsCodesAndUserFieldsAreKept()
    {
        var (original, rewritten, _, _) = Trip.Value;
        var (e, a) = (original.Details, rewritten.Details);
        var compare = new ScheduleRecordComparer();

        compare.Sequence("details", "WBS nodes", e.WbsNodes, a.WbsNodes);
        compare.Sequence("details", "resources", e.Resources.Select(r => r with { Rates = [] }), a.Resources.Select(r => r with { Rates = [] }));
        compare.Sequence("details", "resource rates", e.Resources.SelectMany(r => r.Rates), a.Resources.SelectMany(r => r.Rates));
        foreach (var activity in original.Schedule.Network.Activities)
        {
            var (x, y) = (e.For(activity.Id)!, a.For(activity.Id)!);
            string record = "details " + activity.Id;
            compare.Field(record, "WbsCode", x.WbsCode, y.WbsCode);
            compare.Field(record, "WbsId", x.WbsId, y.WbsId);
            compare.Field(record, "Budget", x.Budget, y.Budget);
            compare.Field(record, "PlannedStart", x.PlannedStart, y.PlannedStart);
            compare.Field(record, "PlannedFinish", x.PlannedFinish, y.PlannedFinish);
            compare.Field(record, "DurationType", x.DurationType, y.DurationType);
            compare.Field(record, "PercentCompleteType", x.PercentCompleteType, y.PercentCompleteType);
            compare.Sequence(record, "Resources", x.Resources, y.Resources);
            compare.Sequence(record, "Assignments", e.AssignmentsOf(activity.Id), a.AssignmentsOf(activity.Id));
            compare.Sequence(record, "Expenses", x.Expenses, y.Expenses);
            compare.Sequence(record, "ActivityCodes", x.ActivityCodes, y.ActivityCodes);
            compare.Sequence(record, "UserFields", x.UserFields, y.UserFields);
        }

        Assert.Equal(2265, a.WbsNodes.Count);
        Assert.Equal(180, a.Resources.Count);
        Assert.Equal(692, original.Schedule.Network.Activities.Sum(x => a.AssignmentsOf(x.Id).Count()));
        Assert.Equal(3956, original.Schedule.Network.Activities.Sum(x => a.For(x.Id)!.ActivityCodes.Count));
        Assert.Equal(1823, original.Schedule.Network.Activities.Sum(x => a.For(x.Id)!.UserFields.Count));
        compare.AssertNone();
    }

    [Fact]
    public void TablesGantryDoesNotModelAreCarriedThroughUnchanged()
    {
        var (original, rewritten, _, _) = Trip.Value;

        Assert.Equal(original.Details.XerPassThrough.Select(t => t.Name), rewritten.Details.XerPassThrough.Select(t => t.Name));
        foreach (var (before, after) in original.Details.XerPassThrough.Zip(rewritten.Details.XerPassThrough))
        {
            Assert.Equal(before.Fields, after.Fields);
            Assert.Equal(before.Rows.Select(r => string.Join('\t', r.Values)), after.Rows.Select(r => string.Join('\t', r.Values)));
        }
    }

    [Fact]
    public void TheRewrittenFileSchedulesToTheSameDates()
    {
        var (original, rewritten, _, _) = Trip.Value;

        var before = Scheduler.Schedule(original.Schedule.Network, original.Schedule.Options);
        var after = Scheduler.Schedule(rewritten.Schedule.Network, rewritten.Schedule.Options);

        var dates = after.Activities.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var compare = new ScheduleRecordComparer();
        foreach (var r in before.Activities)
        {
            var s = dates[r.Id];
            compare.Field("result " + r.Id, "early/late dates and float",
                (r.EarlyStart, r.EarlyFinish, r.LateStart, r.LateFinish, r.TotalFloatMinutes, r.FreeFloatMinutes, r.Critical),
                (s.EarlyStart, s.EarlyFinish, s.LateStart, s.LateFinish, s.TotalFloatMinutes, s.FreeFloatMinutes, s.Critical));
        }

        Assert.Equal(before.ProjectFinish, after.ProjectFinish);
        compare.AssertNone();
    }

    [Fact]
    public void TheOracleProgrammeIsWrittenInWindows1252WithNothingChanged()
    {
        var (_, _, notes, bytes) = Trip.Value;

        Assert.Empty(notes);
        Assert.StartsWith("ERMHDR\t", System.Text.Encoding.ASCII.GetString(bytes, 0, 7), StringComparison.Ordinal);
        Assert.Equal(XerTextDecoding.Windows1252.WebName, XerTextDecoding.Detect(new MemoryStream(bytes)).WebName);
        Assert.Contains((byte)0xA3, bytes); // the pound sign of the GBP currency row, one byte in Windows-1252
    }
}
