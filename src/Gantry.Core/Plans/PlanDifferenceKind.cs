namespace Gantry.Core.Plans;

/// <summary>What changed in the master since an item was copied into a plan.</summary>
public enum PlanDifferenceKind
{
    /// <summary>The activity's start or finish moved.</summary>
    DatesChanged = 1,

    /// <summary>The planned duration changed (the dates may have moved too).</summary>
    DurationChanged = 2,

    /// <summary>The activity is no longer in the master.</summary>
    DeletedInMaster = 3,
}
