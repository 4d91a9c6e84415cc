using Gantry.Scheduling.Engine;

namespace Gantry.Scheduling;

/// <summary>
/// A schedule kept compiled between edits, for interactive planning: after one activity's
/// duration or one link's type or lag changes, only the activities the change can reach are
/// rescheduled, and the results equal a full reschedule of the edited network.
/// </summary>
public sealed class ScheduleSession
{
    private readonly ScheduleEngine engine;
    private readonly IncrementalUpdate update;

    public ScheduleSession(ScheduleNetwork network, ScheduleOptions options)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        engine = new ScheduleEngine(Scheduler.Compile(network, options), options);
        engine.Run();
        update = new IncrementalUpdate(engine);
    }

    /// <summary>How many activities the last edit recomputed (forward and backward).</summary>
    public int LastRecomputedCount => update.LastRecomputed;

    public DateTime ProjectFinish => Minutes.ToDateTime(engine.State.ProjectFinish);

    /// <summary>A snapshot of every activity's results; later edits do not change it.</summary>
    public ScheduleResult Result() => engine.ToResult(snapshot: true);

    /// <summary>The current results of one activity.</summary>
    public ActivityResult this[string activityId] => ResultView.Build(engine.Network, engine.State, engine.Options, IndexOf(activityId));

    /// <summary>
    /// Sets the duration of an activity in working minutes: the planned and remaining duration of
    /// one not started, the remaining duration of one in progress.
    /// </summary>
    public void SetDuration(string activityId, long minutes)
    {
        var i = IndexOf(activityId);
        engine.Network.SetDuration(i, minutes);
        Reschedule([i]);
    }

    /// <summary>Changes the type and lag of the link from <paramref name="predecessorId"/> to <paramref name="successorId"/>.</summary>
    public void SetRelationship(string predecessorId, string successorId, RelationshipType type, double lag, LagKind lagKind = LagKind.Working)
    {
        var net = engine.Network;
        var pred = IndexOf(predecessorId);
        var succ = IndexOf(successorId);
        for (var k = net.SuccStart[pred]; k < net.SuccStart[pred + 1]; k++)
        {
            var l = net.SuccLinks[k];
            if (net.LinkSucc[l] != succ)
            {
                continue;
            }

            var typeChanged = net.LinkType[l] != type;
            net.LinkType[l] = type;
            net.SetLag(l, lag, lagKind, engine.Options);
            if (typeChanged)
            {
                update.LinkTypesChanged();
            }

            Reschedule([succ], pred);
            return;
        }

        throw new ScheduleError(ScheduleErrorKind.MissingActivity, EngineText.Format("NoSuchLink", predecessorId, successorId), [predecessorId, successorId]);
    }

    /// <summary>
    /// Incrementally, unless P6 measures undelayed as-late-as-possible floats from a second
    /// schedule (physically complete work in progress): any edit may move that one anywhere.
    /// </summary>
    private void Reschedule(ReadOnlySpan<int> changed, int predecessor = -1)
    {
        if (engine.State.AsLateAsPossibleBasis is null)
        {
            update.Run(changed, predecessor);
        }
        else
        {
            engine.Run();
        }
    }

    private int IndexOf(string activityId) =>
        engine.Network.IndexById.TryGetValue(activityId, out var i)
            ? i
            : throw new ScheduleError(ScheduleErrorKind.MissingActivity, EngineText.Format("ActivityNotInSchedule", activityId), [activityId]);
}
