namespace Gantry.Scheduling.Engine;

/// <summary>The computed dates and floats of one network, one array slot per activity.</summary>
internal sealed class ScheduleState
{
    /// <summary>Every pass writes each slot before reading it, so the arrays skip zeroing.</summary>
    public ScheduleState(int count, int linkCount)
    {
        EarlyStart = GC.AllocateUninitializedArray<long>(count);
        EarlyFinish = GC.AllocateUninitializedArray<long>(count);
        LateStart = GC.AllocateUninitializedArray<long>(count);
        LateFinish = GC.AllocateUninitializedArray<long>(count);
        Duration = GC.AllocateUninitializedArray<long>(count);
        LogicEarlyStart = GC.AllocateUninitializedArray<long>(count);
        LogicEarlyFinish = GC.AllocateUninitializedArray<long>(count);
        TotalFloat = GC.AllocateUninitializedArray<long>(count);
        FreeFloat = GC.AllocateUninitializedArray<long>(count);
        LinkDemand = GC.AllocateUninitializedArray<long>(linkCount);
        LinkDriving = new bool[linkCount];
        OnLongestPath = new bool[count];
        FloatPath = new int[count];
        FloatPathOrder = new int[count];
    }

    /// <summary>Start of the remaining work (the actual start is in the network).</summary>
    public long[] EarlyStart { get; private set; }

    public long[] EarlyFinish { get; private set; }

    public long[] LateStart { get; private set; }

    public long[] LateFinish { get; private set; }

    /// <summary>Remaining working minutes as scheduled (after P6's expected-finish rule).</summary>
    public long[] Duration { get; private set; }

    /// <summary>Early start from logic alone, before an as-late-as-possible activity is pushed later.</summary>
    public long[] LogicEarlyStart { get; private set; }

    /// <summary>Early finish from logic alone, before an as-late-as-possible activity is pushed later.</summary>
    public long[] LogicEarlyFinish { get; private set; }

    public long[] TotalFloat { get; private set; }

    public long[] FreeFloat { get; private set; }

    /// <summary>
    /// Per link, the instant it demands of its successor's start (finish-to-start, start-to-start)
    /// or finish (the other two), as the forward pass last applied it; only the analysis reads it.
    /// </summary>
    public long[] LinkDemand { get; private set; }

    public bool[] LinkDriving { get; private set; }

    public bool[] OnLongestPath { get; private set; }

    public int[] FloatPath { get; private set; }

    public int[] FloatPathOrder { get; private set; }

    /// <summary>Latest early finish: where open-ended activities' late dates start from.</summary>
    public long ProjectFinish { get; set; }

    /// <summary>
    /// Early finishes P6 measures an undelayed as-late-as-possible float from (computed by the
    /// class of the same name); null when they are the early finishes themselves.
    /// </summary>
    public long[]? AsLateAsPossibleBasis { get; set; }

    /// <summary>A copy that later edits of this state do not reach, for results handed out.</summary>
    public ScheduleState Snapshot() => new(0, 0)
    {
        EarlyStart = (long[])EarlyStart.Clone(),
        EarlyFinish = (long[])EarlyFinish.Clone(),
        LateStart = (long[])LateStart.Clone(),
        LateFinish = (long[])LateFinish.Clone(),
        Duration = (long[])Duration.Clone(),
        LogicEarlyStart = (long[])LogicEarlyStart.Clone(),
        LogicEarlyFinish = (long[])LogicEarlyFinish.Clone(),
        TotalFloat = (long[])TotalFloat.Clone(),
        FreeFloat = (long[])FreeFloat.Clone(),
        LinkDriving = (bool[])LinkDriving.Clone(),
        OnLongestPath = (bool[])OnLongestPath.Clone(),
        FloatPath = (int[])FloatPath.Clone(),
        FloatPathOrder = (int[])FloatPathOrder.Clone(),
        ProjectFinish = ProjectFinish,
    };
}
