using System.Globalization;

namespace Gantry.Interchange.Health;

/// <summary>DCMA points 9, 10, 11 and 14: dates against the data date, resources, and the baseline.</summary>
internal static class ProgressChecks
{
    /// <summary>
    /// 9. Invalid dates, over all normal tasks (a wrong actual on finished work is still wrong): an
    /// actual start or finish after the data date, or a forecast before it — the start of work not
    /// begun, the finish of work under way. Forecasts are the ones the file's tool stored, since
    /// that is what the file claims; a file with none (a spreadsheet) is checked on our own dates.
    /// </summary>
    public static HealthCheckResult InvalidDates(HealthContext c)
    {
        var offenders = new List<string>();
        foreach (var a in c.NormalTasks)
        {
            bool invalid = a.ActualStart > c.DataDate || a.ActualFinish > c.DataDate;
            if (!a.IsComplete)
            {
                c.Stored.TryGetValue(a.Id, out var stored);
                var result = c.Result[a.Id];
                DateTime forecast = a.IsStarted
                    ? stored?.EarlyFinish ?? result.RemainingEarlyFinish
                    : stored?.EarlyStart ?? result.EarlyStart;
                invalid |= forecast < c.DataDate;
            }

            if (invalid)
            {
                offenders.Add(HealthContext.Code(a));
            }
        }

        return HealthResults.Share(HealthMetric.InvalidDates, offenders, c.NormalTasks.Count, 0, HealthTexts.Get("NoIncompleteTasks"));
    }

    /// <summary>
    /// 10. Incomplete tasks with a duration but neither a resource nor a budget. A file without any
    /// resource or budget data is "not assessed", not a 100 % failure: it may be loaded elsewhere.
    /// </summary>
    public static HealthCheckResult Resources(HealthContext c)
    {
        if (!c.Details.HasResourceData)
        {
            return HealthResults.NotAssessed(HealthMetric.Resources, HealthTexts.Get("NoResourceData"));
        }

        var withDuration = c.IncompleteTasks.Where(a => a.OriginalDurationMinutes > 0).ToList();
        var offenders = withDuration.Where(a => c.Details.For(a.Id) is not { } d || (d.Resources.Count == 0 && d.Budget is not > 0)).Select(HealthContext.Code).ToList();
        return HealthResults.Share(HealthMetric.Resources, offenders, withDuration.Count, 5, HealthTexts.Get("NoIncompleteTasks"));
    }

    /// <summary>
    /// 11. Missed tasks: of the normal tasks whose baseline finish is at or before the data date,
    /// those not finished, or finished after their baseline finish (DCMA counts both; completed
    /// work belongs in this population because it was due).
    /// </summary>
    public static HealthCheckResult MissedTasks(HealthContext c)
    {
        if (!c.Details.HasBaseline)
        {
            return HealthResults.NotAssessed(HealthMetric.MissedTasks, HealthTexts.Get("NoBaseline"));
        }

        var due = Due(c);
        var offenders = due.Where(x => x.Activity.ActualFinish is not { } finish || finish > x.PlannedFinish).Select(x => HealthContext.Code(x.Activity)).ToList();
        return HealthResults.Share(HealthMetric.MissedTasks, offenders, due.Count, 5, HealthTexts.Get("NothingDue"));
    }

    /// <summary>
    /// 14. Baseline execution index: normal tasks completed by the data date over those the baseline
    /// said would be. Early finishes count in the numerator, as in DCMA, so BEI can exceed 1.
    /// </summary>
    public static HealthCheckResult BaselineExecutionIndex(HealthContext c)
    {
        if (!c.Details.HasBaseline)
        {
            return HealthResults.NotAssessed(HealthMetric.BaselineExecutionIndex, HealthTexts.Get("NoBaseline"));
        }

        var due = Due(c);
        if (due.Count == 0)
        {
            return HealthResults.NotAssessed(HealthMetric.BaselineExecutionIndex, HealthTexts.Get("NothingDue"));
        }

        int completed = c.NormalTasks.Count(a => a.ActualFinish is { } f && f <= c.DataDate);
        double bei = (double)completed / due.Count;
        var late = due.Where(x => !x.Activity.IsComplete).Select(x => HealthContext.Code(x.Activity)).ToList();
        string detail = HealthTexts.Format("BeiDetail", completed.ToString(CultureInfo.InvariantCulture), due.Count.ToString(CultureInfo.InvariantCulture));
        return HealthResults.Result(HealthMetric.BaselineExecutionIndex, bei >= 0.95 - 1e-9 ? HealthStatus.Pass : HealthStatus.Fail, Math.Round(bei, 3), late, due.Count, detail);
    }

    private static List<(Scheduling.ScheduleActivity Activity, DateTime PlannedFinish)> Due(HealthContext c) =>
        [.. c.NormalTasks
            .Select(a => (Activity: a, Planned: c.Details.For(a.Id)?.PlannedFinish))
            .Where(x => x.Planned is { } p && p <= c.DataDate)
            .Select(x => (x.Activity, x.Planned!.Value))];
}
