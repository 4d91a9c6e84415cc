using Gantry.Core.Scenarios;

namespace Gantry.Web.Api;

/// <summary>A name for a new scenario (a copy of the live schedule as it is now).</summary>
public sealed record CreateScenarioRequest(string? Name);

/// <summary>One change to a scenario, with the scenario version the client loaded.</summary>
public sealed record ScenarioChangeRequest(int? Version, ScenarioChange? Change);
