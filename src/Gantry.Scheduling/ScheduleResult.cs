namespace Gantry.Scheduling;

/// <summary>The outcome of one scheduling run: a result per activity, in input order.</summary>
public sealed class ScheduleResult
{
    private readonly Dictionary<string, int> indexById;

    public ScheduleResult(IReadOnlyList<ActivityResult> activities, DateTime projectFinish, IReadOnlyList<string> longestPath)
    {
        Activities = activities;
        ProjectFinish = projectFinish;
        LongestPath = longestPath;
        indexById = new Dictionary<string, int>(activities.Count, StringComparer.Ordinal);
        for (var i = 0; i < activities.Count; i++)
        {
            indexById[activities[i].Id] = i;
        }
    }

    internal ScheduleResult(IReadOnlyList<ActivityResult> activities, Dictionary<string, int> indexById, DateTime projectFinish, IReadOnlyList<string> longestPath)
    {
        Activities = activities;
        ProjectFinish = projectFinish;
        LongestPath = longestPath;
        this.indexById = indexById;
    }

    /// <summary>One result per activity in input order; the engine builds each on first access.</summary>
    public IReadOnlyList<ActivityResult> Activities { get; }

    /// <summary>The latest early finish of all activities.</summary>
    public DateTime ProjectFinish { get; }

    /// <summary>Activity ids of the longest path, from its start to the project finish.</summary>
    public IReadOnlyList<string> LongestPath { get; }

    public ActivityResult this[string id] =>
        indexById.TryGetValue(id, out var index)
            ? Activities[index]
            : throw new KeyNotFoundException($"No activity with id '{id}' in the schedule result.");

    public bool TryGet(string id, out ActivityResult? result)
    {
        if (indexById.TryGetValue(id, out var index))
        {
            result = Activities[index];
            return true;
        }

        result = null;
        return false;
    }
}
