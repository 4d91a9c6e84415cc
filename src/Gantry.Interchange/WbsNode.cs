namespace Gantry.Interchange;

/// <summary>
/// One node of the work breakdown structure. The project's own top node is not listed: a node
/// without a parent hangs directly under the project.
/// </summary>
public sealed record WbsNode
{
    /// <summary>Key of the node (XER <c>wbs_id</c>); activities name it in <see cref="ActivityDetails.WbsId"/>.</summary>
    public required string Id { get; init; }
    public string? ParentId { get; init; }

    /// <summary>The node's own code (P6 <c>wbs_short_name</c>), not the dotted path.</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }

    /// <summary>Sort order among its siblings (P6 <c>seq_num</c>).</summary>
    public int Sequence { get; init; }
}
