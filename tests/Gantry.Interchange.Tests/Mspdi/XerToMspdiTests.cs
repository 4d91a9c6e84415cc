using System.Globalization;
using Gantry.Scheduling;
using Xunit;
using Xunit.Abstractions;

namespace Gantry.Interchange.Tests.Mspdi;

/// <summary>
/// The P6 oracle programme written as MSPDI and read back: the same activities, links, lags,
/// durations, calendars and progress; the WBS becomes the outline; and the engine, now under
/// MS Project's rules, gives the same dates except where the two tools' rules differ.
/// </summary>
public sealed class XerToMspdiTests(ITestOutputHelper output)
{
    private static readonly Lazy<MspdiRoundTrip> Trip = new(() => MspdiRoundTrip.OfXerFile(OracleFiles.P6Programme));

    [Fact]
    public void EveryActivityKeepsItsDurationsCalendarConstraintAndProgress()
    {
        var before = Trip.Value.Schedule.Schedule.Network.Activities;
        var after = Trip.Value.Again.Schedule.Network.Activities.ToDictionary(a => a.Id);
        var diff = new RecordDiff();
        foreach (var a in before)
        {
            Assert.True(after.TryGetValue(a.Id, out var b), "TASK " + a.Id + " was not written");
            string r = "TASK " + a.Id;
            diff.Check(r, "Name", a.Name, b!.Name);
            diff.Check(r, "OriginalDuration", a.OriginalDurationMinutes, b.OriginalDurationMinutes);
            diff.Check(r, "RemainingDuration", a.IsStarted ? a.RemainingDurationMinutes : null, b.RemainingDurationMinutes);
            diff.Check(r, "CalendarId", a.CalendarId, b.CalendarId);
            diff.Check(r, "ActualStart", a.ActualStart, b.ActualStart);
            diff.Check(r, "ActualFinish", a.ActualFinish, b.ActualFinish);
            diff.Check(r, "PercentComplete", Math.Round(a.PercentComplete), b.PercentComplete);
            diff.Check(r, "Suspend", a.SuspendDate, b.SuspendDate);
            diff.Check(r, "Resume", a.ResumeDate, b.ResumeDate);
            diff.Check(r, "Constraint", AsMsProject(a), b.PrimaryConstraint);

            // MS Project makes every zero-duration task a milestone.
            diff.Check(r, "Milestone", a.IsMilestone || (a.Type == ActivityType.Task && a.OriginalDurationMinutes == 0), b.IsMilestone);
        }

        Assert.True(diff.Mismatches.Count == 0, diff.Report());
    }

    [Fact]
    public void EveryLinkKeepsItsTypeAndLag()
    {
        static IEnumerable<string> Links(ImportedSchedule s) => s.Network.Relationships
            .Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.PredecessorId}->{l.SuccessorId} {l.Type} {l.Lag} {l.LagKind}")).Order(StringComparer.Ordinal);

        Assert.Equal(5966, Trip.Value.Schedule.Schedule.Network.Relationships.Count);
        Assert.Equal(Links(Trip.Value.Schedule.Schedule), Links(Trip.Value.Again.Schedule));
    }

    [Fact]
    public void EveryCalendarKeepsItsWeekAndHolidays()
    {
        var before = Trip.Value.Schedule.Schedule.Calendars;
        var after = Trip.Value.Again.Schedule.Calendars;
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (id, calendar) in before)
        {
            // MSPDI has one "minutes per day" for the project; the durations are minutes either way.
            Assert.Equal(MspdiRoundTrip.Describe(calendar).Skip(3), MspdiRoundTrip.Describe(after[id]).Skip(3));
        }
    }

    [Fact]
    public void P6ActivityIdsGoToTheActivityIdTextField()
    {
        var codes = Trip.Value.Schedule.Schedule.Network.Activities.ToDictionary(a => a.Id, a => a.Code);
        var rewritten = Trip.Value.Rewritten;
        Assert.Contains(rewritten.ExtendedAttributeDefinitions, d => d.FieldId == "188743731" && d.Alias == "Activity ID");
        foreach (var task in rewritten.Tasks.Where(t => codes.ContainsKey(t.Uid.ToString(CultureInfo.InvariantCulture))))
        {
            Assert.Equal(codes[task.Uid.ToString(CultureInfo.InvariantCulture)], task.ExtendedAttributes.Single(v => v.FieldId == "188743731").Value);
        }
    }

    [Fact]
    public void WbsNodesBecomeSummaryTasksAboveTheirActivities()
    {
        var rewritten = Trip.Value.Rewritten;
        var details = Trip.Value.Schedule.Details;
        var summaries = rewritten.Tasks.Where(t => t.Summary && t.Uid != 0).ToList();
        var wbsCodes = Trip.Value.Schedule.Schedule.Network.Activities.Select(a => details.For(a.Id)?.WbsCode).OfType<string>().ToHashSet();
        Assert.All(wbsCodes, code => Assert.Contains(summaries, s => s.Wbs == code && s.Name == details.WbsNames[code]));
        foreach (var task in rewritten.Tasks.Where(t => !t.Summary))
        {
            string? code = details.For(task.Uid.ToString(CultureInfo.InvariantCulture))?.WbsCode;
            Assert.Equal(code, task.Wbs);
            Assert.Equal(code == null ? 1 : code.Split('.').Length + 1, task.OutlineLevel);
        }
    }

    [Fact]
    public void RewrittenNetworkSchedulesToTheSameDatesUnderTheSameRules()
    {
        var p6 = Trip.Value.Schedule.Schedule;
        var ms = Trip.Value.Again.Schedule;
        var before = Scheduler.Schedule(p6.Network, ms.Options).Activities;
        var after = Scheduler.Schedule(ms.Network, ms.Options).Activities.ToDictionary(a => a.Id);
        var different = Differences(before, after, ms);
        output.WriteLine($"P6 network and its MSPDI rewrite under MS Project's rules: {before.Count - different.Count} of {before.Count} activities on the same dates");

        var nearUnlike = NearActivitiesMsProjectLacks(p6);
        var unexplained = different.Where(line => !nearUnlike.Contains(line[..line.IndexOf(':', StringComparison.Ordinal)])).ToList();
        Assert.True(unexplained.Count == 0, string.Join(Environment.NewLine, unexplained.Take(40)));
        Assert.True(different.Count <= 3, different.Count + " activities moved");
    }

    [Fact]
    public void UnderMsProjectRulesOnlyCompletedWorkAndRulesMsProjectLacksMoveDates()
    {
        var p6 = Trip.Value.Schedule.Schedule;
        var ms = Trip.Value.Again.Schedule;
        var underP6 = Scheduler.Schedule(p6.Network, p6.Options).Activities;
        var underMsProject = Scheduler.Schedule(ms.Network, ms.Options).Activities.ToDictionary(a => a.Id);
        var different = Differences(underP6, underMsProject, ms);
        var complete = p6.Network.Activities.Where(a => a.IsComplete).Select(a => a.Id).ToHashSet();
        var open = different.Select(IdOf).Where(id => !complete.Contains(id)).ToHashSet();

        // P6 rules MS Project lacks: the lag on the predecessor's calendar (rcal_Predecessor), the
        // expected finish, and P6's conventions for work around the data date. With only those
        // switched to MS Project's way, the open activities that moved must move the same way,
        // but for the hammocks and start milestones MS Project cannot hold and their neighbours.
        var o = p6.Options;
        var p6WithoutThem = new ScheduleOptions
        {
            ProjectStart = o.ProjectStart, DataDate = o.DataDate, MustFinishBy = o.MustFinishBy, ProgressRule = o.ProgressRule,
            FloatType = o.FloatType, LagCalendar = LagCalendarRule.Successor, CriticalFloatThresholdMinutes = o.CriticalFloatThresholdMinutes,
            CriticalByLongestPath = o.CriticalByLongestPath, DefaultCalendarId = o.DefaultCalendarId, Convention = SchedulingConvention.MicrosoftProject,
            MakeOpenEndedActivitiesCritical = o.MakeOpenEndedActivitiesCritical, UseExpectedFinish = false,
            StartToStartLagFromEarlyStart = o.StartToStartLagFromEarlyStart, FloatPathCount = o.FloatPathCount,
        };
        var explained = Differences(underP6, Scheduler.Schedule(p6.Network, p6WithoutThem).Activities.ToDictionary(a => a.Id), ms).Select(IdOf).ToHashSet();
        var near = NearActivitiesMsProjectLacks(p6);
        var unexplained = open.Where(id => !explained.Contains(id) && !near.Contains(id)).ToList();
        output.WriteLine($"P6 rules against MS Project rules: {underP6.Count - different.Count} of {underP6.Count} activities on the same dates; of the others {different.Count - open.Count} are complete and {open.Count} not complete, {unexplained.Count} of them unexplained");
        Assert.True(unexplained.Count == 0, string.Join(", ", unexplained));
    }

    /// <summary>
    /// MS Project has no level-of-effort (hammock) task, which the writer gives its duration, and
    /// one kind of milestone, which sits at the finish of its predecessor where a P6 start
    /// milestone waits for the next working start of its own calendar. Such activities and the
    /// ones linked to them may move in their late dates.
    /// </summary>
    private static HashSet<string> NearActivitiesMsProjectLacks(ImportedSchedule p6)
    {
        var unlike = p6.Network.Activities.Where(a => a.Type is ActivityType.LevelOfEffort or ActivityType.StartMilestone).Select(a => a.Id).ToHashSet();
        return p6.Network.Relationships.Where(l => unlike.Contains(l.PredecessorId) || unlike.Contains(l.SuccessorId))
            .SelectMany(l => new[] { l.PredecessorId, l.SuccessorId }).ToHashSet();
    }

    private static string IdOf(string line) => line[..line.IndexOf(':', StringComparison.Ordinal)];

    /// <summary>Activities whose early or late dates are not the same working instant on their calendar.</summary>
    private static List<string> Differences(IReadOnlyList<ActivityResult> before, Dictionary<string, ActivityResult> after, ImportedSchedule schedule)
    {
        var calendars = Scheduling.Calendars.WorkCalendar.CompileAll(schedule.Calendars);
        var activities = schedule.Network.Activities.ToDictionary(a => a.Id);
        var different = new List<string>();
        foreach (var a in before)
        {
            var b = after[a.Id];
            var calendar = calendars[schedule.CalendarOf(activities[a.Id].CalendarId)!];
            bool Same(DateTime x, DateTime y) => x == y || calendar.WorkPosition(x) == calendar.WorkPosition(y);
            if (!Same(a.EarlyStart, b.EarlyStart) || !Same(a.EarlyFinish, b.EarlyFinish) || !Same(a.LateStart, b.LateStart) || !Same(a.LateFinish, b.LateFinish))
            {
                different.Add(string.Create(CultureInfo.InvariantCulture, $"{a.Id}: {a.EarlyStart:s}/{a.EarlyFinish:s} late {a.LateStart:s}/{a.LateFinish:s} -> {b.EarlyStart:s}/{b.EarlyFinish:s} late {b.LateStart:s}/{b.LateFinish:s}"));
            }
        }

        return different;
    }

    /// <summary>What MS Project can hold of a P6 constraint pair: mandatory as must-on, a lone secondary as the constraint.</summary>
    private static ScheduleConstraint AsMsProject(ScheduleActivity a)
    {
        var c = a.PrimaryConstraint.IsNone ? a.SecondaryConstraint : a.PrimaryConstraint;
        return c.Type switch
        {
            ConstraintType.MandatoryStart => new ScheduleConstraint(ConstraintType.StartOn, c.Date),
            ConstraintType.MandatoryFinish => new ScheduleConstraint(ConstraintType.FinishOn, c.Date),
            _ => c,
        };
    }
}
