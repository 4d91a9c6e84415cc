using Gantry.Core.Scenarios;
using Gantry.Core.Tests.Schedules;
using Gantry.Tests.Infrastructure;

namespace Gantry.Core.Tests.Scenarios;

/// <summary>Scenario use cases run as the planner of a <see cref="TestSchedule"/>, one scope per call like HTTP requests.</summary>
internal sealed class ScenarioSteps(CoreDatabase db, TestSchedule schedule)
{
    public Task<ScenarioSummary> Copy(string name = "方案一", string user = TestSchedule.Planner) =>
        db.Run<CreateScenario, ScenarioSummary>(user, u => u.ExecuteAsync(schedule.ProjectId, name));

    public async Task<ScenarioSummary> Change(ScenarioSummary scenario, ScenarioChange change, string user = TestSchedule.Planner) =>
        await db.Run<AddScenarioChange, ScenarioSummary>(user, u => u.ExecuteAsync(schedule.ProjectId, scenario.Id, change, scenario.Version));

    public Task<ScenarioDetails> Get(ScenarioSummary scenario, string user = TestSchedule.Planner) =>
        db.Run<GetScenario, ScenarioDetails>(user, u => u.ExecuteAsync(schedule.ProjectId, scenario.Id));

    public Task<ScenarioAdoption> Adopt(ScenarioSummary scenario, string user = TestSchedule.Planner) =>
        db.Run<AdoptScenario, ScenarioAdoption>(user, u => u.ExecuteAsync(schedule.ProjectId, scenario.Id, scenario.Version));

    public static ScenarioChange Duration(Guid activity, int days) =>
        new() { Kind = ScenarioChangeKind.ChangeActivity, ActivityId = activity, DurationMinutes = TestSchedule.Days(days) };
}
