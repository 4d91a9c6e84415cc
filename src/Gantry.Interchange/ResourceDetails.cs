namespace Gantry.Interchange;

/// <summary>A resource of the schedule with the price and availability its assignments are costed at.</summary>
public sealed record ResourceDetails
{
    /// <summary>Key the assignments use (XER <c>rsrc_id</c>, MSPDI <c>UID</c>).</summary>
    public required string Id { get; init; }
    public string? ParentId { get; init; }

    /// <summary>The short code planners type (P6 <c>rsrc_short_name</c>); MS Project has none, writers fall back to the name.</summary>
    public string? Code { get; init; }
    public string? Name { get; init; }
    public ResourceKind Kind { get; init; }

    /// <summary>The resource's own calendar, a key into the schedule's calendars; null works the activity's.</summary>
    public string? CalendarId { get; init; }

    /// <summary>Unit of measure of a material: the P6 <c>unit_id</c> key into its UMEASURE table, which an XER rewrite carries along.</summary>
    public string? UnitOfMeasure { get; init; }

    /// <summary>
    /// Price and availability over time, earliest first (P6 RSRCRATE). MS Project's standard rate
    /// and max units are the one rate with no start date.
    /// </summary>
    public IReadOnlyList<ResourceRate> Rates { get; init; } = [];

    /// <summary>Units per hour a new assignment gets (P6 <c>def_qty_per_hr</c>).</summary>
    public decimal? DefaultUnitsPerHour { get; init; }

    /// <summary>The resource's total cost as its tool computed it (MS Project <c>Cost</c>).</summary>
    public decimal? Cost { get; init; }

    /// <summary>The resource's custom field values (MS Project extended attributes).</summary>
    public IReadOnlyList<UserFieldValue> UserFields { get; init; } = [];
}
