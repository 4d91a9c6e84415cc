namespace Gantry.Interchange.Xer;

/// <summary>An ACTVCODE row: one value of an activity code, possibly under a parent value.</summary>
public sealed record XerActivityCode
{
    public required long Id { get; init; }
    public required long TypeId { get; init; }
    public long? ParentId { get; init; }
    public required string ShortName { get; init; }
    public required string Name { get; init; }
    public required XerRow Row { get; init; }

    internal static XerActivityCode From(XerRow row, XerFields f) => new()
    {
        Id = f.Id(row, "actv_code_id"),
        TypeId = f.Id(row, "actv_code_type_id"),
        ParentId = f.OptionalId(row, "parent_actv_code_id"),
        ShortName = f.Text(row, "short_name"),
        Name = f.Text(row, "actv_code_name"),
        Row = row,
    };
}
