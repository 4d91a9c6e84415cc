using Gantry.Core.Schedules;

namespace Gantry.Core.Scenarios;

/// <summary>Everything the scenario page shows: the scenario, its changes, its schedule (in the Gantt's format) and the comparison.</summary>
public sealed record ScenarioDetails(ScenarioSummary Scenario, IReadOnlyList<ScenarioChangeView> Changes, SchedulePayload Schedule,
    ScenarioComparison Comparison);
