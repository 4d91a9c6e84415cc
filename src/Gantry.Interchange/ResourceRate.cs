namespace Gantry.Interchange;

/// <summary>A resource's price and availability from a date on, until the next rate starts.</summary>
public sealed record ResourceRate
{
    /// <summary>When the rate starts applying; null for a rate that always applied.</summary>
    public DateTime? From { get; init; }

    /// <summary>
    /// Price per unit: per hour for labour and equipment, per unit of measure for a material (P6
    /// <c>cost_per_qty</c>, MS Project <c>StandardRate</c>); null when the file gives none.
    /// </summary>
    public decimal? PricePerUnit { get; init; }

    /// <summary>Units available per hour, 1 = one full-time person or machine (P6 <c>max_qty_per_hr</c>, MS Project <c>MaxUnits</c>).</summary>
    public decimal? MaxUnitsPerHour { get; init; }
}
