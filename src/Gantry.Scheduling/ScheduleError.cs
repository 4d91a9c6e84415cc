namespace Gantry.Scheduling;

/// <summary>
/// Thrown when a network cannot be scheduled. Carries the kind and the activities involved
/// (for a loop: the activities of the loop in link order), so a planner can find and fix it.
/// </summary>
public sealed class ScheduleError : Exception
{
    public ScheduleError()
        : this(ScheduleErrorKind.InvalidInput, "The network cannot be scheduled.", [])
    {
    }

    public ScheduleError(string message)
        : this(ScheduleErrorKind.InvalidInput, message, [])
    {
    }

    public ScheduleError(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = ScheduleErrorKind.InvalidInput;
        ActivityIds = [];
    }

    public ScheduleError(ScheduleErrorKind kind, string message, IReadOnlyList<string> activityIds)
        : base(message)
    {
        Kind = kind;
        ActivityIds = activityIds;
    }

    public ScheduleErrorKind Kind { get; }

    public IReadOnlyList<string> ActivityIds { get; }
}
