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

    /// <summary>Names, status date and other project properties, when the file has them.</summary>
    public ProjectDetails? Project { get; init; }

    /// <summary>Every resource of the file, in file order.</summary>
    public IReadOnlyList<ResourceDetails> Resources { get; init; } = [];

    /// <summary>Every assignment of the file, in file order, including those the engine does not schedule by.</summary>
    public IReadOnlyList<AssignmentDetails> Assignments { get; init; } = [];

    /// <summary>The custom fields the file defines.</summary>
    public IReadOnlyList<CustomFieldDefinition> CustomFieldDefinitions { get; init; } = [];

    /// <summary>WBS node names by dotted WBS code, for writers that turn WBS nodes into summary tasks.</summary>
    public IReadOnlyDictionary<string, string> WbsNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Display units of link lags, for the links that have one.</summary>
    public IReadOnlyList<LinkDetails> Links { get; init; } = [];

    public ActivityDetails? For(string activityId) => byId.GetValueOrDefault(activityId);
}
