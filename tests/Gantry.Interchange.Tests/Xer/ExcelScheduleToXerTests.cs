using Gantry.Interchange.Tests.Excel;
using Gantry.Interchange.Xer;
using Gantry.Scheduling;
using Xunit;

namespace Gantry.Interchange.Tests.Xer;

/// <summary>
/// A schedule entered in Gantry's Excel template (text keys, Chinese names, built-in calendars with
/// China's statutory holidays, percent and elapsed lags) written as XER and read back.
/// </summary>
public sealed class ExcelScheduleToXerTests
{
    private static readonly Lazy<(DetailedSchedule Original, DetailedSchedule Back, IReadOnlyList<ImportNote> Notes, Dictionary<string, string> NewId)> Trip = new(() =>
    {
        var (schedule, details) = SampleSchedules.Mixed();
        var original = new DetailedSchedule(schedule, details);
        var (back, notes, _) = XerRoundTrip.Rewrite(original, XerEncoding.Utf8);
        var newId = back.Schedule.Network.Activities.ToDictionary(a => a.Code!, a => a.Id, StringComparer.Ordinal);
        return (original, back, notes, newId);
    });

    [Fact]
    public void ActivitiesKeepTheirInputsUnderNumberedKeys()
    {
        var (original, back, _, newId) = Trip.Value;
        var compare = new ScheduleRecordComparer();
        var byId = back.Schedule.Network.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);

        foreach (var e in original.Schedule.Network.Activities)
        {
            var a = byId[newId[e.Code!]];
            string record = "activity " + e.Code;
            compare.Field(record, "Name", e.Name, a.Name);
            compare.Field(record, "Type", e.Type, a.Type);
            compare.Field(record, "OriginalDurationMinutes", e.OriginalDurationMinutes, a.OriginalDurationMinutes);
            compare.Field(record, "remaining", e.IsComplete ? 0 : e.RemainingDurationMinutes ?? e.OriginalDurationMinutes, a.RemainingDurationMinutes);
            compare.Field(record, "PercentComplete", e.PercentComplete, a.PercentComplete);
            compare.Field(record, "ActualStart", e.ActualStart, a.ActualStart);
            compare.Field(record, "ActualFinish", e.ActualFinish, a.ActualFinish);
            compare.Field(record, "PrimaryConstraint", e.PrimaryConstraint, a.PrimaryConstraint);
            compare.Field(record, "ParentId", e.ParentId is { } p ? newId[p] : null, a.ParentId);
            compare.Field(record, "calendar", original.Schedule.Calendars[original.Schedule.CalendarOf(e.CalendarId)!].Name, back.Schedule.Calendars[back.Schedule.CalendarOf(a.CalendarId)!].Name);
        }

        Assert.All(back.Schedule.Network.Activities, a => Assert.True(long.TryParse(a.Id, out _)));
        compare.AssertNone();
    }

    [Fact]
    public void WorkingLagsAreKeptAndPercentAndElapsedLagsAreConvertedWithANote()
    {
        var (_, back, notes, newId) = Trip.Value;
        var links = back.Schedule.Network.Relationships;

        Assert.Equal(8, links.Count);
        Assert.Equal(960, links.Single(l => l.PredecessorId == newId["A1010"]).Lag);
        Assert.Equal(-480, links.Single(l => l.PredecessorId == newId["A1040"]).Lag);

        // 50 % of the excavation's 4,800 minutes; two elapsed days (2,880 minutes) are 2/7 of a 2,400-minute working week.
        Assert.Equal(2400, links.Single(l => l.PredecessorId == newId["A1020"] && l.Type == RelationshipType.StartToStart).Lag);
        Assert.Equal(Math.Round(2880.0 * 2400 / 10080), links.Single(l => l.PredecessorId == newId["A1020"] && l.Type == RelationshipType.FinishToFinish).Lag);
        Assert.Equal(2, notes.Count(n => n.Record.StartsWith("TASKPRED", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheChinaCalendarWorksTheSameDaysWithItsHolidaysWrittenOut()
    {
        var (original, back, notes, _) = Trip.Value;
        var china = original.Schedule.Calendars["China"];
        var written = back.Schedule.Calendars.Values.Single(c => c.Name == china.Name);
        var compare = new ScheduleRecordComparer();

        compare.CalendarTime("China", china, original.Schedule.Calendars, written, back.Schedule.Calendars, new DateOnly(2025, 1, 1), new DateOnly(2036, 12, 31));

        Assert.Contains(written.Exceptions, e => e.From == new DateOnly(2026, 10, 1) && e.Periods.Count == 0);
        Assert.Contains(notes, n => n.Record == "CALENDAR " + back.Schedule.Calendars.Single(c => c.Value == written).Key);
        compare.AssertNone();
    }

    [Fact]
    public void TheSummaryBecomesAWbsNodeHoldingItsActivities()
    {
        var (_, back, _, newId) = Trip.Value;

        var node = Assert.Single(back.Details.WbsNodes);
        Assert.Equal("1", node.Code);
        Assert.Equal("土建 Civil works", node.Name);
        Assert.Equal(node.Id, back.Details.For(newId["A1010"])!.WbsId);
        Assert.Null(back.Details.For(newId["A1040"])!.WbsId);
    }
}
