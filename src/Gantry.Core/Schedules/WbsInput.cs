namespace Gantry.Core.Schedules;

/// <summary>
/// A WBS node as the planner enters it. Leave <see cref="Code"/> empty on add to get the next
/// outline code (parent code + "." + n). <see cref="Version"/> is required when changing one.
/// </summary>
public sealed record WbsInput
{
    public Guid? ParentId { get; init; }

    public string? Code { get; init; }

    public string? Name { get; init; }

    /// <summary>Position among the siblings (1 = first) for a move or reorder; null puts it last.</summary>
    public int? SortOrder { get; init; }

    public int? Version { get; init; }
}
