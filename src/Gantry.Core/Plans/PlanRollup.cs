namespace Gantry.Core.Plans;

/// <summary>
/// How reported work rolls up. Tasks to their item: weighted by the tasks' planned quantity when
/// every task has one, else each task counts the same (a task is one crew's day). Items to the plan:
/// weighted by planned duration in the window. An item to its master activity: the item's percent is
/// the part done of the window's work, i.e. of the step from the percent planned at the window's start
/// to the percent planned for its end.
/// </summary>
public static class PlanRollup
{
    public static (double Percent, DateOnly? Start, DateOnly? Finish) ItemProgress(IReadOnlyCollection<PlanTask> tasks)
    {
        if (tasks.Count == 0)
        {
            return (0, null, null);
        }

        var byQuantity = tasks.All(t => t.Quantity > 0);
        double weight = 0, done = 0;
        DateOnly? start = null, finish = null;
        var allFinished = true;
        foreach (var task in tasks)
        {
            var w = byQuantity ? (double)task.Quantity!.Value : 1;
            weight += w;
            done += w * task.PercentComplete;
            if (task.ActualStart is { } s && (start is null || s < start))
            {
                start = s;
            }

            if (task.ActualFinish is { } f)
            {
                finish = finish is null || f > finish ? f : finish;
            }
            else
            {
                allFinished = false;
            }
        }

        return (Math.Round(done / weight, 1), start, allFinished ? finish : null);
    }

    /// <summary>The plan's overall percent done: its items weighted by planned duration (equal weights when none has one).</summary>
    public static double PlanPercent(IReadOnlyCollection<PlanItem> items)
    {
        var byDuration = items.Any(i => i.PlannedDurationMinutes > 0);
        double weight = 0, done = 0;
        foreach (var item in items)
        {
            var w = byDuration ? item.PlannedDurationMinutes : 1;
            weight += w;
            done += w * item.ActualPercent;
        }

        return weight <= 0 ? 0 : Math.Round(done / weight, 1);
    }

    /// <summary>The master activity's percent complete that the item's reported work means.</summary>
    public static double MasterPercent(PlanItem item)
    {
        var reached = item.StartPercent + ((item.PlannedPercent - item.StartPercent) * item.ActualPercent / 100);
        return Math.Round(Math.Clamp(reached, 0, 100), 1);
    }
}
