using System.Globalization;
using Gantry.Interchange.Mspdi;
using Gantry.Scheduling;
using Xunit;

namespace Gantry.Interchange.Tests.Mspdi;

/// <summary>
/// Every MS Project oracle file is read, written by <see cref="MspdiWriter"/> and read again; the
/// two readings are compared record by record and field by field, and both are rescheduled.
/// </summary>
public sealed class MspdiRoundTripTests
{
    public static TheoryData<string> Files => new(
        "calendar-recurring-exceptions-project2016-mspdi.xml",
        "legacy-sample.xml",
        "mspdirelations.xml",
        "mspdiresource.xml",
        "task-baselines-project2019-mspdi.xml",
        "task-links-project2013-mspdi.xml");

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryTaskKeepsItsFieldsLinksBaselinesAndCustomValues(string file)
    {
        var original = MspdiReader.ReadFile(OracleFiles.MsProject(file));
        var trip = MspdiRoundTrip.OfFile(OracleFiles.MsProject(file));
        var scheduled = trip.Schedule.Schedule.Network.Activities.Select(a => a.Id).ToHashSet();
        var rewritten = trip.Rewritten.Tasks.ToDictionary(t => t.Uid);
        var diff = new RecordDiff();
        foreach (var task in original.Tasks.Where(t => scheduled.Contains(Key(t.Uid))))
        {
            Assert.True(rewritten.TryGetValue(task.Uid, out var again), task.Record + " was not written");
            CompareTask(diff, task, again!);
        }

        Assert.Equal(scheduled.Count, trip.Rewritten.Tasks.Count(t => t.Uid != 0));
        Assert.True(diff.Mismatches.Count == 0, diff.Report());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryCalendarKeepsItsWeekAndExceptions(string file)
    {
        var trip = MspdiRoundTrip.OfFile(OracleFiles.MsProject(file));
        var before = trip.Schedule.Schedule.Calendars;
        var after = trip.Again.Schedule.Calendars;
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (id, calendar) in before)
        {
            Assert.Equal(MspdiRoundTrip.Describe(calendar), MspdiRoundTrip.Describe(after[id]));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ResourcesAssignmentsAndCustomFieldDefinitionsSurvive(string file)
    {
        var original = MspdiReader.ReadFile(OracleFiles.MsProject(file));
        var trip = MspdiRoundTrip.OfFile(OracleFiles.MsProject(file));
        var again = trip.Rewritten;
        var diff = new RecordDiff();
        var resources = again.Resources.ToDictionary(r => r.Uid);
        foreach (var r in original.Resources)
        {
            string record = "Resource UID " + Key(r.Uid);
            Assert.True(resources.TryGetValue(r.Uid, out var b), record + " was not written");
            diff.Check(record, "Name", r.Name, b!.Name);
            diff.Check(record, "Type", r.Type, b.Type);

            // MS Project leaves resource 0 (its "unassigned" row) naming a calendar the file does
            // not hold; a dangling calendar is not written back.
            diff.Check(record, "CalendarUID", original.Calendars.Any(c => c.Uid == r.CalendarUid) ? r.CalendarUid : null, b.CalendarUid);
            diff.Check(record, "MaxUnits", r.MaxUnits, b.MaxUnits);
            diff.Check(record, "StandardRate", r.StandardRate, b.StandardRate);
            diff.Check(record, "Cost", r.Cost, b.Cost);
            diff.Check(record, "ExtendedAttribute", Values(r.ExtendedAttributes), Values(b.ExtendedAttributes));
        }

        var scheduled = trip.Schedule.Schedule.Network.Activities.Select(a => a.Id).ToHashSet();
        var assignments = again.Assignments.ToDictionary(a => a.Uid);
        foreach (var a in original.Assignments.Where(a => scheduled.Contains(Key(a.TaskUid))))
        {
            string record = "Assignment UID " + Key(a.Uid);
            Assert.True(assignments.TryGetValue(a.Uid, out var b), record + " was not written");
            diff.Check(record, "TaskUID", a.TaskUid, b!.TaskUid);
            diff.Check(record, "ResourceUID", a.ResourceUid, b.ResourceUid);
            diff.Check(record, "Units", a.Units, b.Units);
            diff.Check(record, "Work", a.WorkMinutes, b.WorkMinutes);
            diff.Check(record, "ActualWork", a.ActualWorkMinutes, b.ActualWorkMinutes);
            diff.Check(record, "RemainingWork", a.RemainingWorkMinutes, b.RemainingWorkMinutes);
            diff.Check(record, "Cost", a.Cost, b.Cost);
            diff.Check(record, "Start", a.Start, b.Start);
            diff.Check(record, "Finish", a.Finish, b.Finish);
            diff.Check(record, "WorkContour", a.WorkContour, b.WorkContour);
        }

        diff.Check("Project", "ExtendedAttributes", string.Join("; ", original.ExtendedAttributeDefinitions), string.Join("; ", again.ExtendedAttributeDefinitions));
        foreach (var (name, value) in ProjectFields(original).Zip(ProjectFields(again), (e, a) => (e.Name, (e.Value, a.Value))))
        {
            diff.Check("Project", name, value.Item1, value.Item2);
        }

        Assert.True(diff.Mismatches.Count == 0, diff.Report());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void RewrittenFileSchedulesToTheSameDates(string file)
    {
        var trip = MspdiRoundTrip.OfFile(OracleFiles.MsProject(file));
        var before = Scheduler.Schedule(trip.Schedule.Schedule.Network, trip.Schedule.Schedule.Options).Activities;
        var after = Scheduler.Schedule(trip.Again.Schedule.Network, trip.Again.Schedule.Options).Activities.ToDictionary(a => a.Id);
        var diff = new RecordDiff();
        foreach (var a in before)
        {
            var b = after[a.Id];
            diff.Check(a.Id, "EarlyStart", a.EarlyStart, b.EarlyStart);
            diff.Check(a.Id, "EarlyFinish", a.EarlyFinish, b.EarlyFinish);
            diff.Check(a.Id, "LateStart", a.LateStart, b.LateStart);
            diff.Check(a.Id, "LateFinish", a.LateFinish, b.LateFinish);
            diff.Check(a.Id, "TotalFloat", a.TotalFloatMinutes, b.TotalFloatMinutes);
            diff.Check(a.Id, "FreeFloat", a.FreeFloatMinutes, b.FreeFloatMinutes);
            diff.Check(a.Id, "Critical", a.Critical, b.Critical);
        }

        Assert.Equal(before.Count, after.Count);
        Assert.True(diff.Mismatches.Count == 0, diff.Report());
    }

    private static void CompareTask(RecordDiff diff, MspdiTask a, MspdiTask b)
    {
        string r = a.Record;
        diff.Check(r, "ID", a.Id, b.Id);
        diff.Check(r, "Name", a.Name, b.Name);
        diff.Check(r, "Manual", a.Manual, b.Manual);
        diff.Check(r, "WBS", a.Wbs, b.Wbs);
        diff.Check(r, "OutlineNumber", a.OutlineNumber, b.OutlineNumber);
        diff.Check(r, "OutlineLevel", a.OutlineLevel, b.OutlineLevel);
        diff.Check(r, "Start", a.Start, b.Start);
        diff.Check(r, "Finish", a.Finish, b.Finish);
        diff.Check(r, "Duration", a.DurationMinutes, b.DurationMinutes);
        diff.Check(r, "DurationFormat", MspdiDurationFormat.ToDisplay(a.DurationFormat), MspdiDurationFormat.ToDisplay(b.DurationFormat));
        diff.Check(r, "Work", a.WorkMinutes, b.WorkMinutes);
        diff.Check(r, "Stop", a.Stop, b.Stop);
        diff.Check(r, "Resume", a.Resume, b.Resume);
        diff.Check(r, "Estimated", a.Estimated, b.Estimated);
        diff.Check(r, "Milestone", a.Milestone || (!a.Summary && a.DurationMinutes == 0), b.Milestone);
        diff.Check(r, "Summary", a.Summary, b.Summary);
        diff.Check(r, "Critical", a.Critical, b.Critical);
        diff.Check(r, "EarlyStart", a.EarlyStart, b.EarlyStart);
        diff.Check(r, "EarlyFinish", a.EarlyFinish, b.EarlyFinish);
        diff.Check(r, "LateStart", a.LateStart, b.LateStart);
        diff.Check(r, "LateFinish", a.LateFinish, b.LateFinish);
        diff.Check(r, "TotalSlack", a.TotalSlack, b.TotalSlack);
        diff.Check(r, "FreeSlack", a.FreeSlack, b.FreeSlack);
        diff.Check(r, "PercentComplete", a.PercentComplete, b.PercentComplete);
        diff.Check(r, "ActualStart", a.ActualStart, b.ActualStart);
        diff.Check(r, "ActualFinish", a.ActualFinish, b.ActualFinish);
        diff.Check(r, "ActualDuration", a.ActualDurationMinutes, b.ActualDurationMinutes);
        diff.Check(r, "RemainingDuration", a.RemainingDurationMinutes, b.RemainingDurationMinutes);
        diff.Check(r, "ConstraintType", a.ConstraintType, b.ConstraintType);
        diff.Check(r, "ConstraintDate", a.ConstraintType is 0 or 1 ? null : a.ConstraintDate, b.ConstraintDate);
        diff.Check(r, "Deadline", a.Deadline, b.Deadline);
        diff.Check(r, "CalendarUID", a.CalendarUid, b.CalendarUid);
        diff.Check(r, "IgnoreResourceCalendar", a.IgnoreResourceCalendar, b.IgnoreResourceCalendar);
        diff.Check(r, "PredecessorLink", Links(a), Links(b));
        diff.Check(r, "ExtendedAttribute", Values(a.ExtendedAttributes), Values(b.ExtendedAttributes));
        diff.Check(r, "Baseline", Baselines(a), Baselines(b));
    }

    private static string Links(MspdiTask t) => string.Join("; ", t.Predecessors.Select(l =>
        string.Create(CultureInfo.InvariantCulture, $"{l.PredecessorUid} type {l.Type} lag {l.LinkLag} format {l.LagFormat}")));

    private static string Values(IEnumerable<MspdiExtendedAttributeValue> values) => string.Join("; ", values.Select(v => v.FieldId + "=" + v.Value));

    private static string Baselines(MspdiTask t) => string.Join("; ", t.Baselines.Select(b =>
        string.Create(CultureInfo.InvariantCulture, $"{b.Number}: {b.Start:s} {b.Finish:s} {b.DurationMinutes} {b.WorkMinutes} {b.Cost}")));

    private static IEnumerable<(string Name, object? Value)> ProjectFields(MspdiProject p) =>
    [
        ("Name", p.Name), ("Title", p.Title), ("ScheduleFromStart", p.ScheduleFromStart), ("StartDate", p.StartDate),
        ("StatusDate", p.StatusDate), ("CurrentDate", p.CurrentDate), ("CalendarUID", p.CalendarUid), ("MinutesPerDay", p.MinutesPerDay),
        ("MinutesPerWeek", p.MinutesPerWeek), ("DaysPerMonth", p.DaysPerMonth), ("CriticalSlackLimit", p.CriticalSlackLimit),
        ("DefaultStartTime", p.DefaultStartTime), ("DefaultFinishTime", p.DefaultFinishTime), ("HonorConstraints", p.HonorConstraints),
    ];

    private static string Key(int uid) => uid.ToString(CultureInfo.InvariantCulture);
}
