namespace Gantry.Scheduling.Engine;

/// <summary>
/// Kahn's algorithm: an order where each activity follows all its predecessors, without
/// recursion so a 100,000-long chain cannot overflow the stack. What Kahn cannot place lies on
/// or behind a loop; one loop is then reported with its activities in link order.
/// </summary>
internal static class TopologicalOrder
{
    public static int[] Sort(CompiledNetwork net)
    {
        var n = net.Count;
        var inDegree = new int[n];
        for (var l = 0; l < net.LinkCount; l++)
        {
            inDegree[net.LinkSucc[l]]++;
        }

        var order = new int[n];
        var tail = 0;
        for (var i = 0; i < n; i++)
        {
            if (inDegree[i] == 0)
            {
                order[tail++] = i;
            }
        }

        var head = 0;
        while (head < tail)
        {
            var i = order[head++];
            for (var k = net.SuccStart[i]; k < net.SuccStart[i + 1]; k++)
            {
                var s = net.LinkSucc[net.SuccLinks[k]];
                if (--inDegree[s] == 0)
                {
                    order[tail++] = s;
                }
            }
        }

        if (tail < n)
        {
            var loop = FindLoop(net, inDegree);
            throw new ScheduleError(
                ScheduleErrorKind.Loop,
                "The logic loops: " + string.Join(" -> ", loop) + " -> " + loop[0] + ".",
                loop);
        }

        return order;
    }

    /// <summary>
    /// Every unplaced activity still has an unplaced predecessor, so walking predecessors from one
    /// of them must revisit an activity; the walk between the two visits is a loop.
    /// </summary>
    private static string[] FindLoop(CompiledNetwork net, int[] inDegree)
    {
        var seenAt = new int[net.Count];
        Array.Fill(seenAt, -1);
        var walk = new List<int>();
        var current = Array.FindIndex(inDegree, d => d > 0);
        while (seenAt[current] < 0)
        {
            seenAt[current] = walk.Count;
            walk.Add(current);
            var next = -1;
            for (var k = net.PredStart[current]; k < net.PredStart[current + 1]; k++)
            {
                var p = net.LinkPred[net.PredLinks[k]];
                if (inDegree[p] > 0)
                {
                    next = p;
                    break;
                }
            }

            current = next;
        }

        // The walk went against the links; reverse it so the loop reads predecessor to successor.
        var loop = walk.GetRange(seenAt[current], walk.Count - seenAt[current]);
        loop.Reverse();
        return loop.Select(i => net.Ids[i]).ToArray();
    }
}
