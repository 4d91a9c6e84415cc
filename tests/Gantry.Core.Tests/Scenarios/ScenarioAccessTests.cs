using Gantry.Core.Common;
using Gantry.Core.Scenarios;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Gantry.Core.Tests.Scenarios;

/// <summary>Scenarios of the demo project 滨江花园3号楼: planners and project managers plan, whoever sees the whole schedule reads, subcontractors see none.</summary>
public sealed class ScenarioAccessTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private Task<Guid> Demo() => db.Query(d => d.Projects.Where(p => p.Code == "BJHY-3").Select(p => p.Id).SingleAsync());

    private async Task<ScenarioSummary> Copy(string user) =>
        await db.Run<CreateScenario, ScenarioSummary>(user, async u => await u.ExecuteAsync(await Demo(), "赶工方案 " + user));

    [Fact]
    public async Task APlannerCopiesTheDemoScheduleAndAnUnchangedCopyMatchesTheLiveScheduleExactly()
    {
        var scenario = await Copy("planner.li");
        var details = await db.Run<GetScenario, ScenarioDetails>("planner.li", async u => await u.ExecuteAsync(await Demo(), scenario.Id));

        Assert.Equal("李娜", scenario.CreatedByName);
        Assert.Equal(0, details.Comparison.FinishDifferenceDays);
        Assert.Empty(details.Comparison.Activities);
        Assert.Equal(details.Schedule.Activities.Count, details.Comparison.UnchangedCount);
        Assert.InRange(details.Schedule.Activities.Count, 50, 70);
        Assert.Equal(details.Comparison.LiveCriticalCount, details.Comparison.ScenarioCriticalCount);
    }

    [Fact]
    public async Task TheProjectManagerMayCreateScenariosToo()
    {
        var scenario = await Copy("pm.zhang");

        Assert.Equal(ScenarioStatus.Open, scenario.Status);
    }

    [Theory]
    [InlineData("site.wang")]
    [InlineData("owner.liu")]
    [InlineData("cost.chen")]
    public async Task WhoeverSeesTheWholeScheduleReadsScenariosButCannotCreateChangeOrAdoptThem(string user)
    {
        var scenario = await Copy("planner.li");
        var projectId = await Demo();

        var list = await db.Run<ListScenarios, IReadOnlyList<ScenarioSummary>>(user, u => u.ExecuteAsync(projectId));
        Assert.Contains(list, s => s.Id == scenario.Id);
        await db.Run<GetScenario, ScenarioDetails>(user, u => u.ExecuteAsync(projectId, scenario.Id));

        await Assert.ThrowsAsync<ForbiddenException>(() => Copy(user));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<AddScenarioChange, ScenarioSummary>(user,
            u => u.ExecuteAsync(projectId, scenario.Id, new ScenarioChange { Kind = ScenarioChangeKind.RemoveActivity }, scenario.Version)));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<AdoptScenario, ScenarioAdoption>(user,
            u => u.ExecuteAsync(projectId, scenario.Id, scenario.Version)));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<DiscardScenario, ScenarioSummary?>(user,
            u => u.ExecuteAsync(projectId, scenario.Id, scenario.Version)));
    }

    [Theory]
    [InlineData("sub.sun")]
    [InlineData("sub.zhou")]
    public async Task ASubcontractorSeesNoScenarios(string user)
    {
        var scenario = await Copy("planner.li");
        var projectId = await Demo();

        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<ListScenarios, IReadOnlyList<ScenarioSummary>>(user, u => u.ExecuteAsync(projectId)));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<GetScenario, ScenarioDetails>(user, u => u.ExecuteAsync(projectId, scenario.Id)));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<GetScenario, ScenarioComparison>(user, u => u.CompareAsync(projectId, scenario.Id)));
    }

    [Fact]
    public async Task SomeoneOutsideTheProjectIsToldItDoesNotExist()
    {
        var projectId = await Demo();

        await Assert.ThrowsAsync<NotFoundException>(() => db.Run<ListScenarios, IReadOnlyList<ScenarioSummary>>("admin", u => u.ExecuteAsync(Guid.NewGuid())));
        await Assert.ThrowsAsync<NotFoundException>(() => db.Run<GetScenario, ScenarioDetails>("planner.li", u => u.ExecuteAsync(projectId, Guid.NewGuid())));
    }
}
