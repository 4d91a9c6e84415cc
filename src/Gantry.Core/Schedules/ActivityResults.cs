using Gantry.Scheduling;

namespace Gantry.Core.Schedules;

/// <summary>The computed half of an activity: written only by a reschedule, never typed.</summary>
public sealed partial class Activity
{
    public DateTime? EarlyStart { get; private set; }

    public DateTime? EarlyFinish { get; private set; }

    public DateTime? LateStart { get; private set; }

    public DateTime? LateFinish { get; private set; }

    public long? TotalFloatMinutes { get; private set; }

    public long? FreeFloatMinutes { get; private set; }

    public bool Critical { get; private set; }

    /// <summary>On the longest path to the project finish (P6 driving path).</summary>
    public bool OnLongestPath { get; private set; }

    /// <summary>True when the stored results already equal the engine's answer, so the row need not be written.</summary>
    /// <summary>A detached copy for the schedule cache: every field is a value or an immutable string, so a shallow copy is a full one.</summary>
    internal Activity Copy() => (Activity)MemberwiseClone();

    public bool Matches(ActivityResult result) =>
        EarlyStart == result.EarlyStart && EarlyFinish == result.EarlyFinish && LateStart == result.LateStart && LateFinish == result.LateFinish
        && TotalFloatMinutes == result.TotalFloatMinutes && FreeFloatMinutes == result.FreeFloatMinutes && Critical == result.Critical
        && OnLongestPath == result.OnLongestPath;

    /// <summary>Takes the engine's answer; returns true when the bar moved (start or finish changed).</summary>
    public bool ApplyResult(ActivityResult result)
    {
        var oldStart = Start;
        var oldFinish = Finish;
        EarlyStart = result.EarlyStart;
        EarlyFinish = result.EarlyFinish;
        LateStart = result.LateStart;
        LateFinish = result.LateFinish;
        TotalFloatMinutes = result.TotalFloatMinutes;
        FreeFloatMinutes = result.FreeFloatMinutes;
        Critical = result.Critical;
        OnLongestPath = result.OnLongestPath;
        return oldStart != Start || oldFinish != Finish;
    }
}
