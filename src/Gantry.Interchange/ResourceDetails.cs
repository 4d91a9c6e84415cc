namespace Gantry.Interchange;

/// <summary>A resource of the schedule with what writers need to give it back.</summary>
public sealed record ResourceDetails
{
    /// <summary>Key the assignments use (MSPDI resource UID, P6 rsrc_id).</summary>
    public required string Id { get; init; }
    public string? Name { get; init; }
    public ResourceKind Kind { get; init; } = ResourceKind.Work;

    /// <summary>The resource's own calendar, a key of the schedule's calendars; null works the activity's calendar.</summary>
    public string? CalendarId { get; init; }

    /// <summary>Availability as a fraction (1 = one full-time unit).</summary>
    public decimal? MaxUnits { get; init; }

    /// <summary>Cost per hour of work.</summary>
    public decimal? StandardRate { get; init; }
    public decimal? Cost { get; init; }
    public IReadOnlyList<CustomFieldValue> CustomFields { get; init; } = [];
}
