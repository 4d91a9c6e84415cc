namespace Gantry.Scheduling.Engine;

/// <summary>
/// Reschedules only the cone an edit can reach: forward from the edited activity in logic order
/// while early dates keep changing, then backward from everything touched (and from all open
/// ends when the project finish moved) while late dates keep changing. Dirty flags are walked
/// in the topological order, so there is no recursion and no priority queue.
/// </summary>
internal sealed class IncrementalUpdate
{
    private readonly ScheduleEngine engine;
    private readonly CompiledNetwork net;
    private readonly ScheduleState state;
    private readonly int[] position;
    private readonly bool[] forwardDirty;
    private readonly bool[] backwardDirty;
    private readonly List<int> touched = [];
    private int[] openFinishes;

    public IncrementalUpdate(ScheduleEngine engine)
    {
        this.engine = engine;
        net = engine.Network;
        state = engine.State;
        position = new int[net.Count];
        for (var k = 0; k < net.Order.Length; k++)
        {
            position[net.Order[k]] = k;
        }

        forwardDirty = new bool[net.Count];
        backwardDirty = new bool[net.Count];
        openFinishes = Enumerable.Range(0, net.Count).Where(HasOpenFinish).ToArray();
    }

    /// <summary>Activities recomputed by the last update, for diagnostics and benchmarks.</summary>
    public int LastRecomputed { get; private set; }

    /// <summary>Call after a link changed type: which activities are open ends may have changed.</summary>
    public void LinkTypesChanged() => openFinishes = Enumerable.Range(0, net.Count).Where(HasOpenFinish).ToArray();

    /// <summary>
    /// Reschedules after the activities in <paramref name="changed"/> had their inputs edited;
    /// <paramref name="predecessor"/> (or -1) is the predecessor of an edited link, whose late
    /// dates depend on it.
    /// </summary>
    public void Run(ReadOnlySpan<int> changed, int predecessor = -1)
    {
        touched.Clear();
        if (predecessor >= 0)
        {
            backwardDirty[predecessor] = true;
        }

        var from = net.Count;
        foreach (var i in changed)
        {
            forwardDirty[i] = true;
            from = Math.Min(from, position[i]);
        }

        var order = net.Order;
        for (var k = from; k < order.Length; k++)
        {
            var i = order[k];
            if (!forwardDirty[i])
            {
                continue;
            }

            forwardDirty[i] = false;
            touched.Add(i);
            backwardDirty[i] = true;
            if (engine.Forward.Compute(i))
            {
                for (var m = net.SuccStart[i]; m < net.SuccStart[i + 1]; m++)
                {
                    forwardDirty[net.LinkSucc[net.SuccLinks[m]]] = true;
                }
            }
        }

        var finish = engine.Backward.ComputeProjectFinish();
        if (finish != state.ProjectFinish)
        {
            state.ProjectFinish = finish;
            foreach (var i in openFinishes)
            {
                backwardDirty[i] = true;
            }
        }

        var backwardCount = 0;
        for (var k = order.Length - 1; k >= 0; k--)
        {
            var i = order[k];
            if (!backwardDirty[i])
            {
                continue;
            }

            backwardDirty[i] = false;
            backwardCount++;
            if (engine.Backward.Compute(i))
            {
                for (var m = net.PredStart[i]; m < net.PredStart[i + 1]; m++)
                {
                    backwardDirty[net.LinkPred[net.PredLinks[m]]] = true;
                }
            }

            // Free float reads the successors' early dates, so the predecessors' is stale too.
            engine.Analysis.ComputeFreeFloat(i);
            for (var m = net.PredStart[i]; m < net.PredStart[i + 1]; m++)
            {
                var l = net.PredLinks[m];
                engine.Analysis.ComputeFreeFloat(net.LinkPred[l]);
                state.LinkDriving[l] = engine.Analysis.IsDriving(l);
            }
        }

        if (engine.Rollups.HasAny)
        {
            engine.Rollups.Run();
        }

        engine.Analysis.MarkLongestPath();
        FloatPaths.Number(net, state, engine.Options.FloatPathCount);
        LastRecomputed = touched.Count + backwardCount;
    }

    private bool HasOpenFinish(int i)
    {
        for (var k = net.SuccStart[i]; k < net.SuccStart[i + 1]; k++)
        {
            var l = net.SuccLinks[k];
            if (net.LinkType[l] is RelationshipType.FinishToStart or RelationshipType.FinishToFinish && !ForwardPass.IsDerived(net.Types[net.LinkSucc[l]]))
            {
                return false;
            }
        }

        return true;
    }
}
