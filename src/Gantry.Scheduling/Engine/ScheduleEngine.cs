namespace Gantry.Scheduling.Engine;

/// <summary>
/// One compiled network and its computed state, scheduled as the textbook steps: forward pass,
/// backward pass (with total float and as-late-as-possible), roll-ups of level-of-effort and
/// WBS summaries, free float, driving links and the longest path, then float paths.
/// </summary>
internal sealed class ScheduleEngine
{
    public ScheduleEngine(CompiledNetwork network, ScheduleOptions options)
    {
        Network = network;
        Options = options;
        State = new ScheduleState(network.Count, network.LinkCount);
        Forward = new ForwardPass(network, State, options);
        Backward = new BackwardPass(network, State, options);
        Analysis = new FloatAnalysis(network, State, options);
        Rollups = new Rollups(network, State, Forward);
    }

    public CompiledNetwork Network { get; }

    public ScheduleOptions Options { get; }

    public ScheduleState State { get; }

    public ForwardPass Forward { get; }

    public BackwardPass Backward { get; }

    public FloatAnalysis Analysis { get; }

    public Rollups Rollups { get; }

    public void Run()
    {
        State.AsLateAsPossibleBasis = AsLateAsPossibleBasis.Compute(Network, Options);
        Forward.Run();
        Backward.Run();
        Rollups.Run();
        Analysis.Run();
        FloatPaths.Number(Network, State, Options.FloatPathCount);
    }

    /// <summary>The results over the engine's own arrays, or over a snapshot when the engine lives on.</summary>
    public ScheduleResult ToResult(bool snapshot = false)
    {
        var state = snapshot ? State.Snapshot() : State;
        var longestPath = new List<string>();
        foreach (var i in Network.Order)
        {
            if (state.OnLongestPath[i])
            {
                longestPath.Add(Network.Ids[i]);
            }
        }

        return new ScheduleResult(new ResultView(Network, state, Options), Network.IndexById, Minutes.ToDateTime(state.ProjectFinish), longestPath);
    }
}
