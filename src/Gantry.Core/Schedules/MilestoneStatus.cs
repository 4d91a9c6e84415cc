namespace Gantry.Core.Schedules;

/// <summary>The traffic light of a key milestone, judged against its contractual date (or, lacking one, its baseline).</summary>
public enum MilestoneStatus
{
    /// <summary>Forecast on or before the target: green.</summary>
    OnTrack,

    /// <summary>Forecast late by no more than the tolerance: amber, the planner still has room to recover.</summary>
    AtRisk,

    /// <summary>Forecast late beyond the tolerance: red.</summary>
    Late,

    /// <summary>Achieved (actual date recorded): grey, whatever the variance was.</summary>
    Done,

    /// <summary>Neither a contractual nor a baseline date to compare with.</summary>
    NoTarget,
}
