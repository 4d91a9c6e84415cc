namespace Gantry.Interchange;

/// <summary>
/// The <see cref="ActivityDetails"/> of a schedule, by activity id, and whether the file carried
/// resource and baseline data at all: "no resource on any activity" and "the file has no resource
/// data" are different answers for a health check. Besides, what writers need to give a file
/// back: project, WBS, resources, assignments, user field definitions and lag formats.
/// </summary>
public sealed class ScheduleDetails
{
    private readonly Dictionary<string, ActivityDetails> byId;
    private readonly IReadOnlyList<AssignmentDetails> assignments = [];
    private Dictionary<string, string>? wbsNames;
    private ILookup<string, AssignmentDetails> assignmentsByActivity = Array.Empty<AssignmentDetails>().ToLookup(a => a.ActivityId, StringComparer.Ordinal);

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

    /// <summary>The project's name, defaults and status date; null when the file names no project.</summary>
    public ProjectDetails? Project { get; init; }

    /// <summary>The WBS below the project node, parents before children as the file lists them.</summary>
    public IReadOnlyList<WbsNode> WbsNodes { get; init; } = [];

    /// <summary>Every resource of the file, assigned or not, in file order.</summary>
    public IReadOnlyList<ResourceDetails> Resources { get; init; } = [];

    /// <summary>
    /// Every assignment of the file in file order, each naming its activity, including those the
    /// engine does not schedule by. <see cref="AssignmentsOf"/> gives one activity's.
    /// </summary>
    public IReadOnlyList<AssignmentDetails> Assignments
    {
        get => assignments;
        init
        {
            assignments = value;
            assignmentsByActivity = value.ToLookup(a => a.ActivityId, StringComparer.Ordinal);
        }
    }

    /// <summary>The custom fields an MS Project file defines.</summary>
    public IReadOnlyList<UserFieldDefinition> UserFieldDefinitions { get; init; } = [];

    /// <summary>
    /// WBS node names by dotted WBS code (<see cref="ActivityDetails.WbsCode"/>), from
    /// <see cref="WbsNodes"/>, for writers that turn WBS nodes into summary tasks.
    /// </summary>
    public IReadOnlyDictionary<string, string> WbsNames => wbsNames ??= WbsNode.NamesByCode(WbsNodes);

    /// <summary>Display units of link lags, for the links that have one.</summary>
    public IReadOnlyList<LinkDetails> Links { get; init; } = [];

    /// <summary>
    /// XER tables Gantry does not model (OBS, RCATTYPE, CURRTYPE…), kept as read so an XER written
    /// back carries them. Their keys still match because the writer keeps the file's numeric ids.
    /// </summary>
    public IReadOnlyList<Xer.XerTable> XerPassThrough { get; init; } = [];

    public ActivityDetails? For(string activityId) => byId.GetValueOrDefault(activityId);

    /// <summary>The assignments on one activity, in file order.</summary>
    public IEnumerable<AssignmentDetails> AssignmentsOf(string activityId) => assignmentsByActivity[activityId];
}
