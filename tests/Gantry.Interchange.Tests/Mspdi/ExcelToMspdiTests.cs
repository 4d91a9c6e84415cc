using System.Xml.Linq;
using Gantry.Interchange.Tests.Excel;
using Gantry.Scheduling;
using Xunit;

namespace Gantry.Interchange.Tests.Mspdi;

/// <summary>
/// A schedule from Excel (activity codes as ids, a WBS summary row, calendars of every kind)
/// written as MSPDI: valid, outlined by its WBS, its logic and lags intact, and every feature
/// MS Project cannot hold reported.
/// </summary>
public sealed class ExcelToMspdiTests
{
    private static MspdiRoundTrip Trip()
    {
        var (schedule, details) = SampleSchedules.Mixed();
        return MspdiRoundTrip.Of(new DetailedSchedule(schedule, details));
    }

    [Fact]
    public void WbsCodesBecomeTheOutlineAndTheWbsSummaryRowHeadsItsNode()
    {
        var tasks = Trip().Rewritten.Tasks.Where(t => t.Uid != 0).ToList();
        var outline = tasks.Select(t => (t.Name ?? t.Wbs, t.OutlineLevel, t.Summary)).ToList();
        Assert.Equal(
        [
            ("养护 Curing", 1, false), ("Steel", 1, false), ("Handover", 1, false), ("Site management", 1, false),
            ("土建 Civil works", 1, true),
            ("1", 2, true), ("开工 Notice to proceed", 3, false), ("场地平整, \"site\" clearance", 3, false),
            ("2", 2, true), ("基础开挖 Excavation", 3, false),
        ], outline);
        Assert.Equal(["1", "1.1", "1.1", "1.1", "1.2", "1.2"], tasks.Where(t => t.Wbs != null).Select(t => t.Wbs!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LogicLagsAndProgressSurviveWithActivityCodesRenumberedAsUids()
    {
        var trip = Trip();
        var before = trip.Schedule.Schedule.Network;
        var after = trip.Again.Schedule.Network;
        var nameOf = before.Activities.ToDictionary(a => a.Id, a => a.Name);
        var afterName = after.Activities.ToDictionary(a => a.Id, a => a.Name);

        // Links are written under their successor, in outline order, so compare them as sets.
        Assert.Equal(
            before.Relationships.Select(l => (nameOf[l.PredecessorId], nameOf[l.SuccessorId], l.Type, l.Lag, l.LagKind)).Order(),
            after.Relationships.Select(l => (afterName[l.PredecessorId], afterName[l.SuccessorId], l.Type, l.Lag, l.LagKind)).Order());
        var started = after.Activities.Single(a => a.Name == "场地平整, \"site\" clearance");
        Assert.Equal((new DateTime(2026, 3, 2, 8, 0, 0), 1200L, 50.0), (started.ActualStart!.Value, started.RemainingDurationMinutes!.Value, started.PercentComplete));
        Assert.Equal(new ScheduleConstraint(ConstraintType.StartNoEarlierThan, new DateTime(2026, 3, 9, 8, 0, 0)), after.Activities.Single(a => a.Name == "基础开挖 Excavation").PrimaryConstraint);
    }

    [Fact]
    public void ResourcesNamedOnActivitiesAndThePlannedDatesAsBaselineAreWritten()
    {
        var rewritten = Trip().Rewritten;
        Assert.Equal(["推土机", "Crew A"], rewritten.Resources.Select(r => r.Name));
        var clearing = rewritten.Tasks.Single(t => t.Name == "场地平整, \"site\" clearance");
        Assert.Equal(2, rewritten.Assignments.Count(a => a.TaskUid == clearing.Uid));
        var baseline = Assert.Single(clearing.Baselines);
        Assert.Equal((0, new DateTime(2026, 3, 2, 8, 0, 0), new DateTime(2026, 3, 6, 17, 0, 0)), (baseline.Number, baseline.Start!.Value, baseline.Finish!.Value));
    }

    [Fact]
    public void WhatMsProjectCannotHoldIsReportedNotDropped()
    {
        var notes = Trip().WriteNotes.Select(n => n.ToString()).ToList();
        Assert.Contains(notes, n => n.Contains("level of effort", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("statutory holidays", StringComparison.Ordinal));
    }

    [Fact]
    public void WrittenFileFollowsMsProjectsElementOrder()
    {
        var document = XDocument.Load(new MemoryStream(Trip().Xml));
        Assert.Empty(MsProjectElementOrder.Violations(document));
    }
}
