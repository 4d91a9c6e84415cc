namespace Gantry.Core.Schedules;

/// <summary>A baseline in the list: who saved it, who approved it, and whether the Gantt compares with it.</summary>
public sealed record BaselineSummary(Guid Id, string Name, DateTime SavedAt, string SavedByName, DateTime? ApprovedAt, string? ApprovedByName,
    bool IsComparison, int Activities, int Version);
