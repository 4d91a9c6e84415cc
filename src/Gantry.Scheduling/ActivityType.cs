namespace Gantry.Scheduling;

/// <summary>What kind of activity this is; decides how its dates are computed.</summary>
public enum ActivityType
{
    /// <summary>Ordinary work with a duration on its own calendar (P6 task dependent).</summary>
    Task,

    /// <summary>Zero-duration event that marks a start: its date is its early start.</summary>
    StartMilestone,

    /// <summary>Zero-duration event that marks a finish: its date is its early finish.</summary>
    FinishMilestone,

    /// <summary>Hammock: spans from its predecessors' starts to its successors' finishes.</summary>
    LevelOfEffort,

    /// <summary>Rolls up the dates of the activities whose ParentId names it.</summary>
    WbsSummary,

    /// <summary>P6 resource dependent; without levelling it schedules like a task.</summary>
    ResourceDependent,
}
