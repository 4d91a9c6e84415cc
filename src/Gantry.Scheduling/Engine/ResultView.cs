using System.Collections;

namespace Gantry.Scheduling.Engine;

/// <summary>
/// The per-activity results, built on first access from the engine's arrays: a million
/// result objects nobody reads would cost more than the whole schedule.
/// </summary>
internal sealed class ResultView(CompiledNetwork net, ScheduleState state, ScheduleOptions options) : IReadOnlyList<ActivityResult>
{
    private readonly ActivityResult?[] built = new ActivityResult?[net.Count];

    public int Count => net.Count;

    public ActivityResult this[int index] => built[index] ??= Build(net, state, options, index);

    public IEnumerator<ActivityResult> GetEnumerator()
    {
        for (var i = 0; i < net.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One activity's results as they stand in <paramref name="state"/> now.</summary>
    public static ActivityResult Build(CompiledNetwork net, ScheduleState state, ScheduleOptions options, int i)
    {
        var complete = net.ActualFinish[i] != Minutes.None;

        // The forward pass already placed completed work as each tool shows it. MS Project also
        // pins a completed task's late dates to its actual dates, with no slack either way; P6
        // shows where successors would need it and leaves the float empty.
        var earlyStart = state.EarlyStart[i];
        var earlyFinish = state.EarlyFinish[i];
        var msProjectComplete = complete && options.Convention == SchedulingConvention.MicrosoftProject;
        var lateStart = msProjectComplete ? earlyStart : state.LateStart[i];
        var lateFinish = msProjectComplete ? earlyFinish : state.LateFinish[i];
        long? noFloat = msProjectComplete ? 0 : null;
        var driving = new List<string>();
        for (var k = net.PredStart[i]; k < net.PredStart[i + 1]; k++)
        {
            var l = net.PredLinks[k];
            if (state.LinkDriving[l])
            {
                driving.Add(net.Ids[net.LinkPred[l]]);
            }
        }

        return new ActivityResult
        {
            Id = net.Ids[i],
            EarlyStart = Minutes.ToDateTime(earlyStart),
            EarlyFinish = Minutes.ToDateTime(earlyFinish),
            LateStart = Minutes.ToDateTime(lateStart),
            LateFinish = Minutes.ToDateTime(lateFinish),
            RemainingEarlyStart = Minutes.ToDateTime(earlyStart),
            RemainingEarlyFinish = Minutes.ToDateTime(earlyFinish),
            RemainingLateStart = Minutes.ToDateTime(lateStart),
            RemainingLateFinish = Minutes.ToDateTime(lateFinish),
            TotalFloatMinutes = complete ? noFloat : state.TotalFloat[i],
            FreeFloatMinutes = complete ? noFloat : state.FreeFloat[i],
            Critical = !complete && (options.CriticalByLongestPath ? state.OnLongestPath[i] : state.TotalFloat[i] <= options.CriticalFloatThresholdMinutes),
            OnLongestPath = state.OnLongestPath[i],
            DrivingPredecessorIds = driving,
            FloatPath = state.FloatPath[i],
            FloatPathOrder = state.FloatPathOrder[i],
        };
    }
}
