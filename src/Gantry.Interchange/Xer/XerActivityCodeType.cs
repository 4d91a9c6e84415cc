namespace Gantry.Interchange.Xer;

/// <summary>An ACTVTYPE row: an activity code dictionary (global, EPS or project scope).</summary>
public sealed record XerActivityCodeType
{
    public required long Id { get; init; }
    public long? ProjectId { get; init; }
    public required string Name { get; init; }
    public required string Scope { get; init; }
    public required XerRow Row { get; init; }

    internal static XerActivityCodeType From(XerRow row, XerFields f) => new()
    {
        Id = f.Id(row, "actv_code_type_id"),
        ProjectId = f.OptionalId(row, "proj_id"),
        Name = f.Text(row, "actv_code_type"),
        Scope = f.Text(row, "actv_code_type_scope"),
        Row = row,
    };
}
