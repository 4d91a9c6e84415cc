namespace Gantry.Scheduling.Engine;

/// <summary>
/// P6's multiple float paths by the free-float method: path 1 ends at the most critical
/// unfinished activity (least total float, then latest early finish) and gathers everything that
/// drives it with zero relationship free float; each next path starts from the most critical
/// activity not yet on a path. Activities within a path are ordered by logic.
/// </summary>
internal static class FloatPaths
{
    public static void Number(CompiledNetwork net, ScheduleState state, int pathCount)
    {
        Array.Clear(state.FloatPath);
        Array.Clear(state.FloatPathOrder);
        if (pathCount <= 0 || net.Count == 0)
        {
            return;
        }

        var position = new int[net.Count];
        for (var k = 0; k < net.Order.Length; k++)
        {
            position[net.Order[k]] = k;
        }

        var candidates = Enumerable.Range(0, net.Count)
            .Where(i => net.ActualFinish[i] == Minutes.None && !ForwardPass.IsDerived(net.Types[i]))
            .ToArray();
        Array.Sort(candidates, (a, b) =>
        {
            var byFloat = state.TotalFloat[a].CompareTo(state.TotalFloat[b]);
            if (byFloat != 0)
            {
                return byFloat;
            }

            var byFinish = state.EarlyFinish[b].CompareTo(state.EarlyFinish[a]);
            return byFinish != 0 ? byFinish : position[b].CompareTo(position[a]);
        });

        var queue = new Queue<int>();
        var members = new List<int>();
        var path = 0;
        foreach (var end in candidates)
        {
            if (path == pathCount)
            {
                break;
            }

            if (state.FloatPath[end] != 0)
            {
                continue;
            }

            path++;
            state.FloatPath[end] = path;
            queue.Enqueue(end);
            members.Clear();
            while (queue.TryDequeue(out var s))
            {
                members.Add(s);
                for (var m = net.PredStart[s]; m < net.PredStart[s + 1]; m++)
                {
                    var l = net.PredLinks[m];
                    var p = net.LinkPred[l];
                    if (state.LinkDriving[l] && state.FloatPath[p] == 0 && net.ActualFinish[p] == Minutes.None)
                    {
                        state.FloatPath[p] = path;
                        queue.Enqueue(p);
                    }
                }
            }

            members.Sort((a, b) => position[a].CompareTo(position[b]));
            for (var k = 0; k < members.Count; k++)
            {
                state.FloatPathOrder[members[k]] = k + 1;
            }
        }
    }
}
