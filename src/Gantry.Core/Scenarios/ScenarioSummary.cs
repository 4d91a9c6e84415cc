namespace Gantry.Core.Scenarios;

/// <summary>A scenario as the list shows it: who copied it when, its finish against the live finish at copy time, and its fate.</summary>
public sealed record ScenarioSummary(Guid Id, string Name, ScenarioStatus Status, DateTime CreatedAt, string CreatedByName, int CopiedRevision,
    DateTime? CopiedFinish, DateTime? Finish, int ChangeCount, DateTime? DecidedAt, string? DecidedByName, int Version)
{
    public static ScenarioSummary Of(Scenario s) => new(s.Id, s.Name, s.Status, s.CreatedAt, s.CreatedByName, s.CopiedRevision, s.CopiedFinish,
        s.Finish, s.ChangeCount, s.DecidedAt, s.DecidedByName, s.Version);
}
