namespace Gantry.Scheduling.Engine;

/// <summary>
/// Activities whose dates come from others, computed after the passes: a level-of-effort
/// spans from what its predecessors allow to what its successors need (P6 hammock), and a
/// WBS summary spans its children, nested summaries first.
/// </summary>
internal sealed class Rollups(CompiledNetwork net, ScheduleState state, ForwardPass forward)
{
    private readonly Timeline[] calendars = net.Calendars.All;

    public bool HasAny { get; } = net.Types.Any(ForwardPass.IsDerived);

    public void Run()
    {
        if (!HasAny)
        {
            return;
        }

        foreach (var i in net.Order)
        {
            if (net.Types[i] == ActivityType.LevelOfEffort)
            {
                LevelOfEffort(i);
            }
        }

        SummariseWbs();
    }

    private void LevelOfEffort(int i)
    {
        var own = calendars[net.Calendar[i]];
        long earlyStart = long.MaxValue, lateStart = long.MaxValue;
        long earlyFinish = long.MinValue, lateFinish = long.MinValue;
        for (var k = net.PredStart[i]; k < net.PredStart[i + 1]; k++)
        {
            var l = net.PredLinks[k];
            var p = net.LinkPred[l];
            var lag = calendars[net.LinkCalendar[l]];
            switch (net.LinkType[l])
            {
                case RelationshipType.FinishToStart:
                    earlyStart = Math.Min(earlyStart, lag.AddWork(state.EarlyFinish[p], net.LinkLag[l]));
                    lateStart = Math.Min(lateStart, lag.AddWork(state.LateFinish[p], net.LinkLag[l]));
                    break;
                case RelationshipType.StartToStart:
                    earlyStart = Math.Min(earlyStart, lag.AddWork(forward.StartForLinks(p), net.LinkLag[l]));
                    lateStart = Math.Min(lateStart, lag.AddWork(state.LateStart[p], net.LinkLag[l]));
                    break;
                default:
                    // Finish-type links into a hammock have no start to drive; P6 spans by start links.
                    break;
            }
        }

        for (var k = net.SuccStart[i]; k < net.SuccStart[i + 1]; k++)
        {
            var l = net.SuccLinks[k];
            var s = net.LinkSucc[l];
            var lag = calendars[net.LinkCalendar[l]];
            switch (net.LinkType[l])
            {
                case RelationshipType.FinishToStart:
                    earlyFinish = Math.Max(earlyFinish, lag.SubtractWork(state.EarlyStart[s], net.LinkLag[l]));
                    lateFinish = Math.Max(lateFinish, lag.SubtractWork(state.LateStart[s], net.LinkLag[l]));
                    break;
                case RelationshipType.FinishToFinish:
                    earlyFinish = Math.Max(earlyFinish, lag.SubtractWork(state.EarlyFinish[s], net.LinkLag[l]));
                    lateFinish = Math.Max(lateFinish, lag.SubtractWork(state.LateFinish[s], net.LinkLag[l]));
                    break;
                default:
                    break;
            }
        }

        var dataStart = state.EarlyStart[i];
        if (net.ActualStart[i] != Minutes.None)
        {
            earlyStart = lateStart = Math.Max(dataStart, Math.Min(earlyStart, lateStart));
        }

        earlyStart = earlyStart == long.MaxValue ? dataStart : own.NextWorkStart(Math.Max(earlyStart, dataStart));
        lateStart = lateStart == long.MaxValue ? earlyStart : own.NextWorkStart(Math.Max(lateStart, dataStart));
        earlyFinish = earlyFinish == long.MinValue ? earlyStart : Math.Max(earlyStart, own.PreviousWorkEnd(earlyFinish));
        lateFinish = lateFinish == long.MinValue ? Math.Max(lateStart, state.ProjectFinish) : Math.Max(lateStart, own.PreviousWorkEnd(lateFinish));
        state.EarlyStart[i] = state.LogicEarlyStart[i] = earlyStart;
        state.EarlyFinish[i] = state.LogicEarlyFinish[i] = earlyFinish;
        state.LateStart[i] = lateStart;
        state.LateFinish[i] = lateFinish;
        state.TotalFloat[i] = state.FreeFloat[i] = own.WorkBetween(earlyFinish, lateFinish);
    }

    private void SummariseWbs()
    {
        var byDepth = ChildrenDeepestFirst();
        var touched = new bool[net.Count];
        foreach (var i in byDepth)
        {
            var p = net.Parent[i];
            if (p < 0 || net.Types[p] != ActivityType.WbsSummary)
            {
                continue;
            }

            if (!touched[p])
            {
                touched[p] = true;
                state.EarlyStart[p] = state.LateStart[p] = long.MaxValue;
                state.EarlyFinish[p] = state.LateFinish[p] = long.MinValue;
            }

            state.EarlyStart[p] = Math.Min(state.EarlyStart[p], state.EarlyStart[i]);
            state.LateStart[p] = Math.Min(state.LateStart[p], state.LateStart[i]);
            state.EarlyFinish[p] = Math.Max(state.EarlyFinish[p], state.EarlyFinish[i]);
            state.LateFinish[p] = Math.Max(state.LateFinish[p], state.LateFinish[i]);
        }

        for (var p = 0; p < net.Count; p++)
        {
            if (touched[p])
            {
                var own = calendars[net.Calendar[p]];
                state.LogicEarlyStart[p] = state.EarlyStart[p];
                state.LogicEarlyFinish[p] = state.EarlyFinish[p];
                state.TotalFloat[p] = state.FreeFloat[p] = own.WorkBetween(state.EarlyFinish[p], state.LateFinish[p]);
            }
        }
    }

    /// <summary>
    /// Activities ordered deepest in the WBS first, so a summary is complete before it rolls
    /// into its own parent. Depths come from walking up with an explicit stack (no recursion);
    /// a parent loop is an input error.
    /// </summary>
    private int[] ChildrenDeepestFirst()
    {
        var depth = new int[net.Count];
        Array.Fill(depth, -1);
        var path = new List<int>();
        var onPath = new bool[net.Count];
        var maxDepth = 0;
        for (var i = 0; i < net.Count; i++)
        {
            var p = i;
            while (p >= 0 && depth[p] < 0)
            {
                if (onPath[p])
                {
                    throw new ScheduleError(ScheduleErrorKind.Loop, EngineText.Format("WbsContainsItself", net.Ids[p]), [net.Ids[p]]);
                }

                onPath[p] = true;
                path.Add(p);
                p = net.Parent[p];
            }

            var d = p >= 0 ? depth[p] : -1;
            for (var k = path.Count - 1; k >= 0; k--)
            {
                depth[path[k]] = ++d;
                onPath[path[k]] = false;
            }

            maxDepth = Math.Max(maxDepth, d);
            path.Clear();
        }

        // Counting sort by depth, deepest first.
        var bucketStart = new int[maxDepth + 2];
        foreach (var d in depth)
        {
            bucketStart[maxDepth - d + 1]++;
        }

        for (var b = 1; b < bucketStart.Length; b++)
        {
            bucketStart[b] += bucketStart[b - 1];
        }

        var ordered = new int[net.Count];
        for (var i = 0; i < net.Count; i++)
        {
            ordered[bucketStart[maxDepth - depth[i]]++] = i;
        }

        return ordered;
    }
}
