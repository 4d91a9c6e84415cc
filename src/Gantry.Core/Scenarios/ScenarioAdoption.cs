namespace Gantry.Core.Scenarios;

/// <summary>The answer to an adoption: the scenario, now adopted, and the live schedule's new finish and revision.</summary>
public sealed record ScenarioAdoption(ScenarioSummary Scenario, DateTime? Finish, int Revision);
