using Microsoft.Extensions.Options;

namespace Gantry.Core.Schedules;

/// <summary>
/// The activities and links of the few most recently edited projects, each stamped with the schedule
/// revision it was saved at, so an edit need not read thousands of rows again. Every reschedule bumps
/// <see cref="ScheduleSettings.Revision"/> in the same transaction as its rows (the settings UPDATE is
/// conditional on the revision it read), so comparing the stamp with the revision just read from the
/// database tells whether a copy is current: a write from another instance or another path always
/// bumps it first. The cache keeps private copies and hands out fresh ones, because the edit that takes
/// them attaches and changes them.
/// </summary>
public sealed class ScheduleCache(IOptions<ScheduleCacheSettings> settings)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<Entry> _recent = new();
    private readonly int _capacity = Math.Max(0, settings.Value.Projects);

    public int Hits { get; private set; }

    public int Misses { get; private set; }

    /// <summary>Copies of the project's rows at exactly <paramref name="revision"/>, or false when the cache has none.</summary>
    public bool TryGet(Guid projectId, int revision, out List<Activity> activities, out List<ActivityLink> links)
    {
        Entry? entry;
        lock (_gate)
        {
            entry = Find(projectId);
            if (entry is null || entry.Revision != revision)
            {
                Misses++;
                activities = [];
                links = [];
                return false;
            }

            // Most recently used first, so the least recently used is the one dropped.
            _recent.Remove(entry);
            _recent.AddFirst(entry);
            Hits++;
        }

        activities = entry.Activities.Select(a => a.Copy()).ToList();
        links = entry.Links.Select(l => l.Copy()).ToList();
        return true;
    }

    /// <summary>Keeps copies of the rows as just committed at <paramref name="revision"/>.</summary>
    public void Put(Guid projectId, int revision, IEnumerable<Activity> activities, IEnumerable<ActivityLink> links)
    {
        if (_capacity == 0)
        {
            return;
        }

        var entry = new Entry(projectId, revision, activities.Select(a => a.Copy()).ToArray(), links.Select(l => l.Copy()).ToArray());
        lock (_gate)
        {
            if (Find(projectId) is { } old)
            {
                _recent.Remove(old);
            }

            _recent.AddFirst(entry);
            while (_recent.Count > _capacity)
            {
                _recent.RemoveLast();
            }
        }
    }

    /// <summary>Drops the project's copy (a save failed, or a unit of work changes rows the cache cannot follow).</summary>
    public void Forget(Guid projectId)
    {
        lock (_gate)
        {
            if (Find(projectId) is { } old)
            {
                _recent.Remove(old);
            }
        }
    }

    private Entry? Find(Guid projectId)
    {
        for (var node = _recent.First; node is not null; node = node.Next)
        {
            if (node.Value.ProjectId == projectId)
            {
                return node.Value;
            }
        }

        return null;
    }

    private sealed record Entry(Guid ProjectId, int Revision, Activity[] Activities, ActivityLink[] Links);
}
