using System.Globalization;
using Gantry.Scheduling;

namespace Gantry.Interchange.Health;

/// <summary>DCMA points 12 and 13: does the critical path drive the finish, and how much room it has.</summary>
internal static class CriticalPathChecks
{
    /// <summary>The delay DCMA's critical path test adds: large enough to dwarf any float.</summary>
    private const int DelayDays = 600;

    /// <summary>
    /// 12. Adds 600 working days to the first incomplete task on the longest path, schedules again,
    /// and passes when the project finish moves by the delay less the task's float. The move is
    /// measured in the task's own working time; one working day is allowed for successors on other
    /// calendars, whose working days fall differently.
    /// </summary>
    public static HealthCheckResult CriticalPathTest(HealthContext c)
    {
        var chosen = c.Result.LongestPath.Select(id => c.ById.GetValueOrDefault(id))
            .FirstOrDefault(a => a != null && HealthContext.IsNormalTask(a) && !a.IsComplete);
        if (chosen == null)
        {
            return HealthResults.NotAssessed(HealthMetric.CriticalPathTest, HealthTexts.Get("NoCriticalActivity"));
        }

        int perDay = c.MinutesPerDay(chosen);
        long delay = (long)DelayDays * perDay;
        var network = c.Schedule.Network;
        var delayed = new ScheduleNetwork
        {
            Activities = [.. network.Activities.Select(a => ReferenceEquals(a, chosen) ? Lengthened(a, delay) : a)],
            Relationships = network.Relationships,
            Calendars = network.Calendars,
        };
        ScheduleResult after;
        try
        {
            after = Scheduler.Schedule(delayed, c.Schedule.Options);
        }
        catch (ScheduleError ex)
        {
            // The delay can push a schedule past the engine's last year; that says nothing about its logic.
            return HealthResults.NotAssessed(HealthMetric.CriticalPathTest, HealthTexts.Format("CriticalPathTestNotRun", ex.Message));
        }

        var calendar = c.Calendar(chosen.CalendarId);
        long moved = calendar.WorkBetween(c.Result.ProjectFinish, after.ProjectFinish);
        long expected = delay - Math.Max(0, c.Result[chosen.Id].TotalFloatMinutes ?? 0);
        bool pass = moved >= expected - perDay;
        string detail = HealthTexts.Format(
            "CriticalPathTestDetail",
            HealthContext.Code(chosen),
            DelayDays.ToString(CultureInfo.InvariantCulture),
            HealthResults.Days((double)moved / perDay),
            ScheduleComparison.FormatDate(c.Result.ProjectFinish),
            ScheduleComparison.FormatDate(after.ProjectFinish));
        return HealthResults.Result(HealthMetric.CriticalPathTest, pass ? HealthStatus.Pass : HealthStatus.Fail, Math.Round((double)moved / perDay, 2), pass ? [] : [HealthContext.Code(chosen)], 1, detail);
    }

    /// <summary>
    /// 13. CPLI = (critical path length + its total float) / critical path length. The length runs
    /// from the data date to the project finish in working days of the project calendar; the float
    /// is the smallest total float on the incomplete part of the longest path, which is negative when
    /// the must-finish date cannot be met and zero when there is none.
    /// </summary>
    public static HealthCheckResult CriticalPathLengthIndex(HealthContext c)
    {
        var onPath = c.Result.LongestPath.Select(id => c.ById.GetValueOrDefault(id)).Where(a => a is { IsComplete: false }).Select(a => a!).ToList();
        var calendar = c.Calendar(null);
        int perDay = c.MinutesPerDay((string?)null);
        double length = (double)calendar.WorkBetween(c.DataDate, c.Result.ProjectFinish) / perDay;
        if (onPath.Count == 0 || length <= 0)
        {
            return HealthResults.NotAssessed(HealthMetric.CriticalPathLengthIndex, HealthTexts.Get("NoCriticalActivity"));
        }

        double totalFloat = onPath.Select(a => (c.Result[a.Id].TotalFloatMinutes ?? 0) / (double)c.MinutesPerDay(a)).Min();
        double cpli = (length + totalFloat) / length;
        string detail = HealthTexts.Format("CpliDetail", HealthResults.Days(length), HealthResults.Days(totalFloat));
        var offenders = cpli >= 0.95 ? new List<string>() : [.. onPath.Where(a => c.Result[a.Id].TotalFloatMinutes < 0).Select(HealthContext.Code)];
        return HealthResults.Result(HealthMetric.CriticalPathLengthIndex, cpli >= 0.95 - 1e-9 ? HealthStatus.Pass : HealthStatus.Fail, Math.Round(cpli, 3), offenders, onPath.Count, detail);
    }

    /// <summary>The same activity with <paramref name="minutes"/> more work, remaining work included.</summary>
    private static ScheduleActivity Lengthened(ScheduleActivity a, long minutes) => new()
    {
        Id = a.Id,
        Code = a.Code,
        Name = a.Name,
        Type = a.Type,
        CalendarId = a.CalendarId,
        OriginalDurationMinutes = a.OriginalDurationMinutes + minutes,
        RemainingDurationMinutes = a.RemainingDurationMinutes + minutes,
        ElapsedDuration = a.ElapsedDuration,
        PercentComplete = a.PercentComplete,
        ActualStart = a.ActualStart,
        ActualFinish = a.ActualFinish,
        SuspendDate = a.SuspendDate,
        ResumeDate = a.ResumeDate,
        PrimaryConstraint = a.PrimaryConstraint,
        SecondaryConstraint = a.SecondaryConstraint,
        Deadline = a.Deadline,
        ExpectedFinish = a.ExpectedFinish,
        ParentId = a.ParentId,
    };
}
