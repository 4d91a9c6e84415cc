using Gantry.Core.Schedules;

namespace Gantry.Core.Plans;

/// <summary>
/// A flagged difference: the master's dates and duration when the item was copied and now. Found by
/// comparing on each read, so any change to the master, however it was made, shows.
/// </summary>
public sealed record PlanDifference(PlanDifferenceKind Kind, DateTime? OldStart, DateTime? OldFinish, long? OldDurationMinutes,
    DateTime? NewStart, DateTime? NewFinish, long? NewDurationMinutes)
{
    public static PlanDifference? Between(PlanItem item, Activity? activity)
    {
        if (!item.InMaster)
        {
            return null;
        }

        if (activity is null)
        {
            return new PlanDifference(PlanDifferenceKind.DeletedInMaster, item.MasterStart, item.MasterFinish, item.MasterDurationMinutes,
                null, null, null);
        }

        var kind = activity.OriginalDurationMinutes != item.MasterDurationMinutes ? PlanDifferenceKind.DurationChanged
            : activity.Start != item.MasterStart || activity.Finish != item.MasterFinish ? PlanDifferenceKind.DatesChanged
            : (PlanDifferenceKind?)null;
        return kind is { } k
            ? new PlanDifference(k, item.MasterStart, item.MasterFinish, item.MasterDurationMinutes, activity.Start, activity.Finish,
                activity.OriginalDurationMinutes)
            : null;
    }
}
