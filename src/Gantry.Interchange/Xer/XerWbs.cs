namespace Gantry.Interchange.Xer;

/// <summary>A PROJWBS row: one WBS node; the project's own node has <c>proj_node_flag</c> = Y.</summary>
public sealed record XerWbs
{
    public required long Id { get; init; }
    public required long ProjectId { get; init; }
    public long? ParentId { get; init; }
    public required string ShortName { get; init; }
    public required string Name { get; init; }
    public decimal SequenceNumber { get; init; }
    public bool IsProjectNode { get; init; }
    public required XerRow Row { get; init; }

    internal static XerWbs From(XerRow row, XerFields f) => new()
    {
        Id = f.Id(row, "wbs_id"),
        ProjectId = f.Id(row, "proj_id"),
        ParentId = f.OptionalId(row, "parent_wbs_id"),
        ShortName = f.Text(row, "wbs_short_name"),
        Name = f.Text(row, "wbs_name"),
        SequenceNumber = f.Number(row, "seq_num"),
        IsProjectNode = f.Flag(row, "proj_node_flag"),
        Row = row,
    };
}
