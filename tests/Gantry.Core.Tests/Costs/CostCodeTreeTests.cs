using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.Costs;

/// <summary>The editable cost code tree: add, rename, move, deactivate, and delete only what nothing uses.</summary>
public sealed class CostCodeTreeTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private static CostRecordInput Actual(MoneyProject project, Guid code) => new()
    {
        Kind = CostRecordKind.Actual, Date = new DateOnly(2026, 5, 10), WbsNodeId = project.Wbs("10"), CostCodeId = code,
        Description = "钢筋", Amount = 1_000m,
    };

    private Task<CostCodeSummary> Add(MoneyProject project, Guid parent, string code, string name) =>
        db.Run<SaveCostCode, CostCodeSummary>("cost.chen", u => u.ExecuteAsync(project.Id, null,
            new CostCodeInput { ParentId = parent, Code = code, Name = name }));

    [Fact]
    public async Task MovingACodeUnderAnotherRootGivesItAndItsChildrenTheNewCategory()
    {
        var project = await MoneyProject.CreateAsync(db);
        var steel = await Add(project, project.Materials, "02.01", "钢筋");
        var rebar = await Add(project, steel.Id, "02.01.01", "螺纹钢");

        var moved = await db.Run<SaveCostCode, CostCodeSummary>("cost.chen", u => u.ExecuteAsync(project.Id, steel.Id,
            new CostCodeInput { ParentId = project.Subcontract, Code = "04.09", Name = "钢筋分包", Version = steel.Version }));
        var codes = await db.Run<ListCostCodes, IReadOnlyList<CostCodeSummary>>("cost.chen", u => u.ExecuteAsync(project.Id));

        Assert.Equal((CostCategory.Subcontract, project.Subcontract), (moved.Category, moved.ParentId));
        Assert.Equal(CostCategory.Subcontract, codes.Single(c => c.Id == rebar.Id).Category);
        Assert.Equal("钢筋分包", codes.Single(c => c.Id == steel.Id).Name);
    }

    [Fact]
    public async Task UsedCodeIsNotDeletedButCanBeDeactivatedAndThenTakesNoNewCosts()
    {
        var project = await MoneyProject.CreateAsync(db);
        var steel = await Add(project, project.Materials, "02.01", "钢筋");
        await db.Run<RecordCost, CostRecordSummary>("cost.chen", u => u.ExecuteAsync(project.Id, Actual(project, steel.Id)));

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            db.Run<RemoveCostCode, bool>("cost.chen", async u => { await u.ExecuteAsync(project.Id, steel.Id); return true; }));
        var inactive = await db.Run<SetCostCodeActive, CostCodeSummary>("cost.chen", u => u.ExecuteAsync(project.Id, steel.Id, false, steel.Version));
        var newCost = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            db.Run<RecordCost, CostRecordSummary>("cost.chen", u => u.ExecuteAsync(project.Id, Actual(project, steel.Id))));

        Assert.Contains("02.01", refused.Errors[0].Message, StringComparison.Ordinal);
        Assert.False(inactive.IsActive);
        Assert.Equal("costCodeId", newCost.Errors[0].Field);
    }

    [Fact]
    public async Task UnusedCodeIsDeleted()
    {
        var project = await MoneyProject.CreateAsync(db);
        var typo = await Add(project, project.Materials, "02.99", "错字");

        await db.Run<RemoveCostCode, bool>("cost.chen", async u => { await u.ExecuteAsync(project.Id, typo.Id); return true; });
        var codes = await db.Run<ListCostCodes, IReadOnlyList<CostCodeSummary>>("cost.chen", u => u.ExecuteAsync(project.Id));

        Assert.DoesNotContain(codes, c => c.Id == typo.Id);
    }

    [Fact]
    public async Task CodeWithChildrenIsNotDeleted()
    {
        var project = await MoneyProject.CreateAsync(db);
        await Add(project, project.Materials, "02.01", "钢筋");

        await Assert.ThrowsAsync<ValidationFailedException>(() =>
            db.Run<RemoveCostCode, bool>("cost.chen", async u => { await u.ExecuteAsync(project.Id, project.Materials); return true; }));
    }

    [Fact]
    public async Task SiteEngineerMayNotEditOrDeactivateCostCodes()
    {
        var project = await MoneyProject.CreateAsync(db);

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            db.Run<SetCostCodeActive, CostCodeSummary>("site.wang", u => u.ExecuteAsync(project.Id, project.Materials, false, null)));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            db.Run<RemoveCostCode, bool>("site.wang", async u => { await u.ExecuteAsync(project.Id, project.Materials); return true; }));
    }
}
