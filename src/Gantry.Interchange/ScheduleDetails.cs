namespace Gantry.Interchange;

/// <summary>
/// The <see cref="ActivityDetails"/> of a schedule, by activity id, and whether the file carried
/// resource and baseline data at all: "no resource on any activity" and "the file has no resource
/// data" are different answers for a health check.
/// </summary>
public sealed class ScheduleDetails
{
    private readonly Dictionary<string, ActivityDetails> byId;

    public ScheduleDetails(IEnumerable<ActivityDetails> activities, bool hasResourceData, bool hasBaseline)
    {
        byId = new Dictionary<string, ActivityDetails>(StringComparer.Ordinal);
        foreach (var a in activities)
        {
            byId[a.Id] = a;
        }

        HasResourceData = hasResourceData;
        HasBaseline = hasBaseline;
    }

    /// <summary>No details at all: nothing about resources or baselines is known.</summary>
    public static ScheduleDetails None { get; } = new([], hasResourceData: false, hasBaseline: false);

    /// <summary>The file holds resources or budgets (on any activity).</summary>
    public bool HasResourceData { get; }

    /// <summary>The file holds baseline (planned) finish dates.</summary>
    public bool HasBaseline { get; }

    public int Count => byId.Count;

    /// <summary>The project's name and defaults; null when the file names no project.</summary>
    public ProjectDetails? Project { get; init; }

    /// <summary>The WBS below the project node, parents before children as the file lists them.</summary>
    public IReadOnlyList<WbsNode> WbsNodes { get; init; } = [];

    /// <summary>Every resource of the file, assigned or not.</summary>
    public IReadOnlyList<ResourceDetails> Resources { get; init; } = [];

    /// <summary>
    /// XER tables Gantry does not model (OBS, RCATTYPE, CURRTYPE…), kept as read so an XER written
    /// back carries them. Their keys still match because the writer keeps the file's numeric ids.
    /// </summary>
    public IReadOnlyList<Xer.XerTable> XerPassThrough { get; init; } = [];

    public ActivityDetails? For(string activityId) => byId.GetValueOrDefault(activityId);
}
