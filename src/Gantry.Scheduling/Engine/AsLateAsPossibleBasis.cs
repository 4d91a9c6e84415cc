namespace Gantry.Scheduling.Engine;

/// <summary>
/// P6 measures the total float of an as-late-as-possible activity that its constraint did not
/// move from the early finish it would have had if work reported 100 % physically complete had
/// no remaining duration. Evidence (docs/scheduling.md): in the HS2 programme every one of the 47
/// undelayed as-late-as-possible activities on its two main calendars follows this, including
/// those after work that is started but not physically complete, and the 251 delayed ones follow
/// the plain early finish.
/// </summary>
internal static class AsLateAsPossibleBasis
{
    /// <summary>
    /// The early finishes of a schedule in which the physically complete work in progress ends at
    /// the data date, or null when there is no such work or no as-late-as-possible activity.
    /// </summary>
    public static long[]? Compute(CompiledNetwork net, ScheduleOptions options)
    {
        var done = net.PhysicallyCompleteInProgress;
        if (done.Length == 0 || options.Convention != SchedulingConvention.PrimaveraP6 || !AnyAsLateAsPossible(net))
        {
            return null;
        }

        // The second schedule borrows the compiled network with these activities' remaining work
        // taken away, and gives it back whatever happens.
        var remaining = new long[done.Length];
        var expected = new long[done.Length];
        for (var k = 0; k < done.Length; k++)
        {
            remaining[k] = net.RemainingDuration[done[k]];
            expected[k] = net.ExpectedFinish[done[k]];
            net.RemainingDuration[done[k]] = 0;
            net.ExpectedFinish[done[k]] = Minutes.None;
        }

        try
        {
            var state = new ScheduleState(net.Count, net.LinkCount);
            new ForwardPass(net, state, options).Run();
            new BackwardPass(net, state, options).Run();
            return state.EarlyFinish;
        }
        finally
        {
            for (var k = 0; k < done.Length; k++)
            {
                net.RemainingDuration[done[k]] = remaining[k];
                net.ExpectedFinish[done[k]] = expected[k];
            }
        }
    }

    public static bool IsAsLateAsPossible(CompiledNetwork net, int i) =>
        net.Constraint1[i] == ConstraintType.AsLateAsPossible || net.Constraint2[i] == ConstraintType.AsLateAsPossible;

    private static bool AnyAsLateAsPossible(CompiledNetwork net)
    {
        for (var i = 0; i < net.Count; i++)
        {
            if (IsAsLateAsPossible(net, i))
            {
                return true;
            }
        }

        return false;
    }
}
