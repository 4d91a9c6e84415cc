namespace Gantry.Interchange.Xer;

/// <summary>An RSRC row: a labour, equipment or material resource.</summary>
public sealed record XerResource
{
    public required long Id { get; init; }
    public long? ParentId { get; init; }
    public long? CalendarId { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }

    /// <summary>RT_Labor, RT_Equip, RT_Mat.</summary>
    public required string Type { get; init; }

    /// <summary>Units per hour a new assignment gets (<c>def_qty_per_hr</c>).</summary>
    public decimal? DefaultUnitsPerHour { get; init; }

    /// <summary>Unit of measure key of a material (<c>unit_id</c>, into the UMEASURE table).</summary>
    public long? UnitId { get; init; }
    public required XerRow Row { get; init; }

    internal static XerResource From(XerRow row, XerFields f) => new()
    {
        Id = f.Id(row, "rsrc_id"),
        ParentId = f.OptionalId(row, "parent_rsrc_id"),
        CalendarId = f.OptionalId(row, "clndr_id"),
        Code = f.Text(row, "rsrc_short_name"),
        Name = f.Text(row, "rsrc_name"),
        Type = f.Text(row, "rsrc_type"),
        DefaultUnitsPerHour = f.OptionalNumber(row, "def_qty_per_hr"),
        UnitId = f.OptionalId(row, "unit_id"),
        Row = row,
    };
}
