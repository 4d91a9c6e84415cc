using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Members;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Gantry.Core.Tests.Costs;

/// <summary>Who may edit, approve and see the cost center.</summary>
public sealed class CostPermissionTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    [Theory]
    [InlineData("site.wang")]
    [InlineData("planner.li")]
    [InlineData("sub.sun")]
    [InlineData("supplier.wu")]
    public async Task OnlyCostControllersAndProjectManagersEditBudgets(string userName)
    {
        var project = await MoneyProject.CreateAsync(db);

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            db.Run<CreateBudgetVersion, BudgetVersionSummary>(userName, u => u.ExecuteAsync(project.Id, "预算")));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<RecordCost, CostRecordSummary>(userName,
            u => u.ExecuteAsync(project.Id, new CostRecordInput())));
    }

    [Fact]
    public async Task CostControllerCannotApproveTheBudget()
    {
        var project = await MoneyProject.CreateAsync(db);
        var draft = await db.Run<CreateBudgetVersion, BudgetVersionSummary>("cost.chen", u => u.ExecuteAsync(project.Id, "预算"));

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            db.Run<ApproveBudgetVersion, BudgetVersionSummary>("cost.chen", u => u.ExecuteAsync(project.Id, draft.Id, draft.Version)));
    }

    [Fact]
    public async Task SupplierCannotApproveEvenAsProjectManager()
    {
        var project = await MoneyProject.CreateAsync(db);
        var members = await db.Run<ListMembers, IReadOnlyList<MemberSummary>>("pm.zhang", u => u.ExecuteAsync(project.Id));
        var supplier = members.Single(m => m.UserName == "supplier.wu");
        await db.Run<ChangeMember, MemberSummary>("pm.zhang", u => u.ExecuteAsync(project.Id, supplier.Id,
            new MemberInput { Role = ProjectRole.ProjectManager, Version = supplier.Version }));
        var draft = await db.Run<CreateBudgetVersion, BudgetVersionSummary>("cost.chen", u => u.ExecuteAsync(project.Id, "预算"));

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            db.Run<ApproveBudgetVersion, BudgetVersionSummary>("supplier.wu", u => u.ExecuteAsync(project.Id, draft.Id, draft.Version)));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            db.Run<CloseMonth, IReadOnlyList<DateOnly>>("supplier.wu", u => u.ExecuteAsync(project.Id, new DateOnly(2026, 4, 1))));
    }

    [Fact]
    public async Task SubcontractorSeesOnlyItsOwnContracts()
    {
        var project = await MoneyProject.CreateAsync(db);
        await project.SignedContractAsync(db, "FB-MEP", ContractKind.Subcontract, project.MepId, 1_000m);
        await project.SignedContractAsync(db, "FB-FACADE", ContractKind.Subcontract, project.FacadeId, 2_000m);
        await project.SignedContractAsync(db, "ZB", ContractKind.Owner, project.OwnerId, 3_000m);

        var mep = await db.Run<ListContracts, IReadOnlyList<ContractSummary>>("sub.sun", u => u.ExecuteAsync(project.Id));
        var facade = await db.Run<ListContracts, IReadOnlyList<ContractSummary>>("sub.zhou", u => u.ExecuteAsync(project.Id));
        var all = await db.Run<ListContracts, IReadOnlyList<ContractSummary>>("cost.chen", u => u.ExecuteAsync(project.Id));

        Assert.Equal(["FB-MEP"], mep.Select(c => c.Code));
        Assert.Equal(["FB-FACADE"], facade.Select(c => c.Code));
        Assert.Equal(["ZB", "FB-FACADE", "FB-MEP"], all.Select(c => c.Code));
    }

    [Theory]
    [InlineData("sub.sun")]
    [InlineData("site.wang")]
    [InlineData("owner.liu")]
    [InlineData("supplier.wu")]
    public async Task OnlyTheRunningPartysCostRolesSeeTheCostReport(string userName)
    {
        var project = await MoneyProject.CreateAsync(db);

        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<GetCostReport, CostReport>(userName, u => u.ExecuteAsync(project.Id)));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<ListBudgetVersions, IReadOnlyList<BudgetVersionSummary>>(userName,
            u => u.ExecuteAsync(project.Id)));
    }

    [Fact]
    public async Task NonMemberDoesNotFindTheCostReport()
    {
        var project = await MoneyProject.CreateAsync(db);

        await Assert.ThrowsAsync<NotFoundException>(() => db.Run<GetCostReport, CostReport>("designer.zheng", u => u.ExecuteAsync(project.Id)));
    }

    [Fact]
    public async Task SignedContractPriceChangesOnlyThroughVariations()
    {
        var project = await MoneyProject.CreateAsync(db);
        var contract = await project.SignedContractAsync(db, "FB-01", ContractKind.Subcontract, project.MepId, 1_000m);
        var stored = await db.Query(d => d.Contracts.SingleAsync(c => c.Id == contract.Id));

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<SaveContract, ContractSummary>("cost.chen",
            u => u.ExecuteAsync(project.Id, contract.Id, new ContractInput
            {
                Code = "FB-01", Name = "FB-01", Kind = ContractKind.Subcontract, CounterpartyId = project.MepId, Amount = 2_000m,
                CostCodeId = project.Subcontract, Version = stored.Version,
            })));

        Assert.Equal("amount", ex.Errors[0].Field);
    }
}
