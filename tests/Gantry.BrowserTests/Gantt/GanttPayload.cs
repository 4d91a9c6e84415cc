using System.Globalization;
using System.Text.Json;

namespace Gantry.BrowserTests.Gantt;

/// <summary>
/// The schedule payload of GET /api/v1/projects/{id}/schedule as the shared contract defines it,
/// built in C# so the renderer is fed exactly what the API will serve.
/// </summary>
public sealed record GanttSchedule(
    int ProjectId,
    string ProjectCode,
    string DataDate,
    int MinutesPerDay,
    string Finish,
    IReadOnlyList<GanttWbs> Wbs,
    IReadOnlyList<GanttActivity> Activities,
    IReadOnlyList<GanttLink> Links)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Web);
}

public sealed record GanttWbs(int Id, int? ParentId, string Code, string Name, int SortOrder);

public sealed record GanttLink(int Id, int PredecessorId, int SuccessorId, string Type, int LagMinutes, bool Driving);

public sealed record GanttActivity
{
    public required int Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public int? WbsId { get; init; }
    public int SortOrder { get; init; }
    public string Type { get; init; } = "Task";
    public int OriginalDurationMinutes { get; init; }
    public int RemainingDurationMinutes { get; init; }
    public double PercentComplete { get; init; }
    public required string Start { get; init; }
    public required string Finish { get; init; }
    public string? EarlyStart { get; init; }
    public string? EarlyFinish { get; init; }
    public string? LateStart { get; init; }
    public string? LateFinish { get; init; }
    public int TotalFloatMinutes { get; init; }
    public int FreeFloatMinutes { get; init; }
    public bool Critical { get; init; }
    public string? BaselineStart { get; init; }
    public string? BaselineFinish { get; init; }
    public int Version { get; init; } = 1;
}

/// <summary>Dates in the payload's own form, yyyy-MM-ddTHH:mm:ss without offset.</summary>
public static class PayloadDates
{
    public static string Iso(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
