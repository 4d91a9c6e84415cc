namespace Gantry.Scheduling.Engine;

/// <summary>
/// Kahn's algorithm: an order where each activity follows all its predecessors, without
/// recursion so a 100,000-long chain cannot overflow the stack. What Kahn cannot place lies on
/// or behind a loop; one loop is then reported with its activities in link order.
/// </summary>
internal static class TopologicalOrder
{
    /// <summary>
    /// Kahn's algorithm taken in input order: the scan places each activity whose predecessors are
    /// all placed, and an activity the scan has already passed is placed the moment its last
    /// predecessor is. Schedules are mostly listed in logic order, so the passes then walk their
    /// arrays nearly in sequence; a first-in-first-out Kahn visits them level by level, hundreds
    /// of positions apart, and every pass paid for that in cache misses.
    /// </summary>
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
        var passed = new int[n];
        var top = 0;
        for (var scan = 0; scan < n; scan++)
        {
            if (inDegree[scan] != 0)
            {
                continue;
            }

            passed[top++] = scan;
            while (top > 0)
            {
                var i = passed[--top];
                order[tail++] = i;
                for (var k = net.SuccStart[i]; k < net.SuccStart[i + 1]; k++)
                {
                    // A successor ahead of the scan is placed when the scan reaches it.
                    var s = net.LinkSucc[net.SuccLinks[k]];
                    if (--inDegree[s] == 0 && s < scan)
                    {
                        passed[top++] = s;
                    }
                }
            }
        }

        if (tail < n)
        {
            var loop = FindLoop(net, inDegree);
            throw new ScheduleError(
                ScheduleErrorKind.Loop,
                EngineText.Format("Loop", string.Join(" -> ", loop) + " -> " + loop[0]),
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
