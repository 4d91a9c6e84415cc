namespace Gantry.Scheduling.Engine;

/// <summary>
/// What the two passes imply: free float, which links drive their successor, the longest path
/// and the critical flag. Free float is the delay an activity can take without moving any
/// successor's early dates, in working minutes of its own calendar.
/// </summary>
internal sealed class FloatAnalysis(CompiledNetwork net, ScheduleState state, ScheduleOptions options)
{
    private readonly Timeline[] calendars = net.Calendars.All;

    public void Run()
    {
        for (var i = 0; i < net.Count; i++)
        {
            ComputeFreeFloat(i);
        }

        for (var l = 0; l < net.LinkCount; l++)
        {
            state.LinkDriving[l] = IsDriving(l);
        }

        MarkLongestPath();
    }

    public void ComputeFreeFloat(int i)
    {
        if (net.ActualFinish[i] != Minutes.None)
        {
            state.FreeFloat[i] = Minutes.None;
            return;
        }

        // P6 reports no free float for an activity whose finish an expected finish date sets
        // ("use expected finish dates"): its finish is a commitment, not a position in the logic.
        if (options.UseExpectedFinish && net.ExpectedFinish[i] != Minutes.None)
        {
            state.FreeFloat[i] = 0;
            return;
        }

        // Working time is monotonic in the instant, so the smallest gap to any successor is the
        // gap to the earliest date they demand: one calendar look-up per activity side instead
        // of two per link (free float was the busiest calendar user of the whole schedule).
        var own = calendars[net.Calendar[i]];
        var finishRoom = long.MaxValue;
        var startRoom = long.MaxValue;
        var openEnd = true;
        for (var k = net.SuccStart[i]; k < net.SuccStart[i + 1]; k++)
        {
            var l = net.SuccLinks[k];
            var s = net.LinkSucc[l];
            if (ForwardPass.IsDerived(net.Types[s]))
            {
                continue;
            }

            openEnd = false;
            var lagCalendar = calendars[net.LinkCalendar[l]];
            switch (net.LinkType[l])
            {
                case RelationshipType.FinishToStart:
                    finishRoom = Math.Min(finishRoom, lagCalendar.SubtractWork(state.EarlyStart[s], net.LinkLag[l]));
                    break;
                case RelationshipType.FinishToFinish:
                    finishRoom = Math.Min(finishRoom, lagCalendar.SubtractWork(state.EarlyFinish[s], net.LinkLag[l]));
                    break;
                case RelationshipType.StartToStart:
                    startRoom = Math.Min(startRoom, lagCalendar.SubtractWork(state.EarlyStart[s], net.LinkLag[l]));
                    break;
                default:
                    startRoom = Math.Min(startRoom, lagCalendar.SubtractWork(state.EarlyFinish[s], net.LinkLag[l]));
                    break;
            }
        }

        if (openEnd)
        {
            finishRoom = state.ProjectFinish;
        }

        var free = finishRoom == long.MaxValue ? long.MaxValue : own.WorkBetween(state.EarlyFinish[i], finishRoom);
        if (startRoom != long.MaxValue)
        {
            free = Math.Min(free, own.WorkBetween(state.EarlyStart[i], startRoom));
        }

        // P6 does not cap free float by total float: a constrained open end keeps its room to the project finish.
        state.FreeFloat[i] = free;
    }

    /// <summary>A link drives when its successor's early date (from logic) is exactly what the link demands.</summary>
    public bool IsDriving(int l)
    {
        var p = net.LinkPred[l];
        var s = net.LinkSucc[l];
        if (ForwardPass.IsDerived(net.Types[p]) || ForwardPass.IsDerived(net.Types[s]) || net.ActualFinish[s] != Minutes.None)
        {
            return false;
        }

        if (net.ActualStart[s] != Minutes.None && options.ProgressRule != ProgressRule.RetainedLogic)
        {
            return false;
        }

        // The forward pass kept what each link it applied demands (every link that reaches here).
        var work = calendars[net.DurationCalendar[s]];
        var demanded = state.LinkDemand[l];
        return net.LinkType[l] is RelationshipType.FinishToStart or RelationshipType.StartToStart
            ? StartDriven(work, demanded, state.LogicEarlyStart[s])
            : FinishDriven(work, demanded, state.LogicEarlyFinish[s]);
    }

    /// <summary>No working time between what the link demands and the start: the link holds it.</summary>
    private static bool StartDriven(Timeline work, long demanded, long start) =>
        demanded >= start || work.NextWorkStart(demanded) >= start;

    /// <summary>No working time between the finish and what the link demands: the link holds it.</summary>
    private static bool FinishDriven(Timeline work, long demanded, long finish) =>
        demanded >= finish || work.PreviousWorkEnd(finish) <= demanded;

    /// <summary>
    /// P6's longest path: from the activities that finish last, back through driving links only.
    /// One reverse sweep over the logic order, so no recursion.
    /// </summary>
    public void MarkLongestPath()
    {
        Array.Clear(state.OnLongestPath);
        var order = net.Order;
        for (var i = 0; i < net.Count; i++)
        {
            if (net.ActualFinish[i] == Minutes.None && !ForwardPass.IsDerived(net.Types[i]) && state.LogicEarlyFinish[i] == state.ProjectFinish)
            {
                state.OnLongestPath[i] = true;
            }
        }

        for (var k = order.Length - 1; k >= 0; k--)
        {
            var s = order[k];
            if (!state.OnLongestPath[s])
            {
                continue;
            }

            for (var m = net.PredStart[s]; m < net.PredStart[s + 1]; m++)
            {
                var l = net.PredLinks[m];
                if (state.LinkDriving[l])
                {
                    state.OnLongestPath[net.LinkPred[l]] = true;
                }
            }
        }
    }

    public bool IsCritical(int i)
    {
        if (net.ActualFinish[i] != Minutes.None)
        {
            return false;
        }

        return options.CriticalByLongestPath
            ? state.OnLongestPath[i]
            : state.TotalFloat[i] <= options.CriticalFloatThresholdMinutes;
    }
}
