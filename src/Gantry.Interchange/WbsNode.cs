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

    /// <summary>
    /// Each node's name by its dotted code, the node codes from the top down (the first node wins
    /// where two share a code). Parents are followed with a loop and a depth cap against cycles.
    /// </summary>
    internal static Dictionary<string, string> NamesByCode(IReadOnlyList<WbsNode> nodes)
    {
        var byId = new Dictionary<string, WbsNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            byId.TryAdd(node.Id, node);
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var parts = new List<string>();
        foreach (var node in nodes)
        {
            parts.Clear();
            WbsNode? current = node;
            for (int depth = 0; current != null && depth < 1000; depth++)
            {
                parts.Add(current.Code);
                current = current.ParentId is { } p ? byId.GetValueOrDefault(p) : null;
            }

            parts.Reverse();
            names.TryAdd(string.Join('.', parts), node.Name);
        }

        return names;
    }
}
