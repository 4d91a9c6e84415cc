using System.Text.Json;
using System.Text.Json.Serialization;
using Gantry.Core.Schedules;

namespace Gantry.Core.Scenarios;

/// <summary>
/// The live schedule at the moment a scenario was copied: settings, calendars, activities and links
/// with the versions they had, kept as one JSON document because it is only ever read whole.
/// </summary>
public sealed record ScenarioSnapshot
{
    /// <summary>Nulls are left out: most activities have no constraint, actuals or deadline, so the copy stays small.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public int Revision { get; init; }

    public DateTime? Finish { get; init; }

    public required ScheduleSettingsInput Settings { get; init; }

    public IReadOnlyList<SnapshotCalendar> Calendars { get; init; } = [];

    public IReadOnlyList<SnapshotActivity> Activities { get; init; } = [];

    public IReadOnlyList<SnapshotLink> Links { get; init; } = [];

    public static ScenarioSnapshot Of(ProjectSchedule live) => new()
    {
        Revision = live.Settings.Revision,
        Finish = live.Settings.Finish,
        Settings = live.Settings.ToInput() with { Version = null },
        Calendars = live.Calendars.Select(SnapshotCalendar.Of).ToList(),
        Activities = live.Activities.OrderBy(a => a.SortOrder).ThenBy(a => a.Code, StringComparer.Ordinal).Select(SnapshotActivity.Of).ToList(),
        Links = live.Links.Select(SnapshotLink.Of).ToList(),
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ScenarioSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<ScenarioSnapshot>(json, Json) ?? throw new InvalidOperationException("Empty scenario snapshot.");
}
