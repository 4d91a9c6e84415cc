using Gantry.Core.Schedules;

namespace Gantry.Web.Pages.Projects.Views;

/// <summary>
/// The logic around one activity, built once per request from the schedule payload: indexes of
/// links by predecessor and successor (O(E)), so walking the driving path costs one step per
/// activity on it and never recurses.
/// </summary>
public sealed class ActivityNetwork
{
    private readonly Dictionary<Guid, ActivityPayload> _byId;
    private readonly ILookup<Guid, LinkPayload> _into;
    private readonly ILookup<Guid, LinkPayload> _outOf;

    public ActivityNetwork(SchedulePayload schedule)
    {
        _byId = schedule.Activities.ToDictionary(a => a.Id);
        _into = schedule.Links.ToLookup(l => l.SuccessorId);
        _outOf = schedule.Links.ToLookup(l => l.PredecessorId);
    }

    public ActivityPayload? Find(Guid id) => _byId.GetValueOrDefault(id);

    /// <summary>Predecessors, driving ones first: those are the ones a planner follows.</summary>
    public IReadOnlyList<NetworkNeighbour> PredecessorsOf(Guid id) =>
        Neighbours(_into[id], l => l.PredecessorId).OrderByDescending(n => n.Link.Driving).ThenByDescending(n => n.Activity.Finish).ToList();

    public IReadOnlyList<NetworkNeighbour> SuccessorsOf(Guid id) =>
        Neighbours(_outOf[id], l => l.SuccessorId).OrderByDescending(n => n.Activity.Critical).ThenBy(n => n.Activity.Start).ToList();

    /// <summary>
    /// The predecessor that drives this activity's dates; a critical one wins a tie, as the critical path
    /// continues through it. An activity that has started has actual dates, so the engine marks no link
    /// driving; there the walk back follows the predecessor that finished last, the one work waited for.
    /// </summary>
    public ActivityPayload? DrivingPredecessorOf(Guid id)
    {
        var predecessors = Neighbours(_into[id], l => l.PredecessorId).ToList();
        var driving = predecessors.Where(n => n.Link.Driving)
            .OrderByDescending(n => n.Activity.Critical).ThenByDescending(n => n.Activity.Finish).Select(n => n.Activity).FirstOrDefault();
        return driving ?? (Find(id)?.ActualStart is not null ? predecessors.Select(n => n.Activity).MaxBy(a => a.Finish) : null);
    }

    /// <summary>The successor the critical path continues to: a critical successor this activity drives, else any critical one.</summary>
    public ActivityPayload? CriticalSuccessorOf(Guid id) =>
        Neighbours(_outOf[id], l => l.SuccessorId).Where(n => n.Activity.Critical)
            .OrderByDescending(n => n.Link.Driving).ThenBy(n => n.Activity.Start).Select(n => n.Activity).FirstOrDefault();

    /// <summary>The chain of driving predecessors back to an activity nothing drives, oldest first (a loop guard stops at a repeat).</summary>
    public IReadOnlyList<ActivityPayload> DrivingPathTo(Guid id)
    {
        var path = new List<ActivityPayload>();
        var seen = new HashSet<Guid>();
        for (var current = Find(id); current is not null && seen.Add(current.Id); current = DrivingPredecessorOf(current.Id))
        {
            path.Add(current);
        }

        path.Reverse();
        return path;
    }

    private IEnumerable<NetworkNeighbour> Neighbours(IEnumerable<LinkPayload> links, Func<LinkPayload, Guid> other) =>
        links.Select(l => (Link: l, Activity: Find(other(l)))).Where(x => x.Activity is not null)
            .Select(x => new NetworkNeighbour(x.Activity!, x.Link));
}
