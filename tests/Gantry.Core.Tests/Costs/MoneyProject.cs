using Gantry.Core.Costs;
using Gantry.Core.Members;
using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Tests.Costs;

/// <summary>
/// A fresh project per test (so budgets, closed months and contracts of one test never meet another's),
/// run by pm.zhang with the demo's cost controller, site engineer, planner, MEP subcontractor and supplier as members.
/// </summary>
public sealed record MoneyProject(Guid Id, Guid OwnerId, Guid MepId, Guid FacadeId, Guid SupplierId, Guid ContractorId,
    IReadOnlyDictionary<CostCategory, Guid> Codes, IReadOnlyDictionary<string, Guid> WbsNodes, Guid ActivityId)
{
    /// <summary>The WBS codes the tests charge money to; each is a real node of the project's schedule.</summary>
    private static readonly string[] WbsCodes = ["1", "2", "7", "10", "20", "30", "31", "40"];

    /// <summary>The id of the WBS node with this code (one of <see cref="WbsCodes"/>).</summary>
    public Guid Wbs(string code) => WbsNodes[code];

    public static readonly DateOnly Start = new(2026, 3, 2);
    public static readonly DateOnly Finish = new(2027, 6, 30);

    public Guid Labour => Codes[CostCategory.Labour];

    public Guid Materials => Codes[CostCategory.Materials];

    public Guid Subcontract => Codes[CostCategory.Subcontract];

    public static async Task<MoneyProject> CreateAsync(CoreDatabase db)
    {
        var organisations = await db.Query(d => d.Organisations.Where(o => o.Code != null).ToDictionaryAsync(o => o.Code!, o => o.Id));
        var code = "T" + Guid.NewGuid().ToString("N")[..10];
        var project = await db.Run<CreateProject, ProjectDetails>("pm.zhang", u => u.ExecuteAsync(new ProjectInput
        {
            Code = code,
            Name = "测试项目 " + code,
            Type = ProjectType.Building,
            OwnerOrganisationId = organisations["BJCF"],
            ContractAmount = 10_000_000m,
            PlannedStart = Start,
            PlannedFinish = Finish,
        }));
        foreach (var (user, role) in new[]
                 {
                     ("cost.chen", ProjectRole.CostController), ("site.wang", ProjectRole.SiteEngineer), ("planner.li", ProjectRole.Planner),
                     ("sub.sun", ProjectRole.SiteEngineer), ("sub.zhou", ProjectRole.SiteEngineer), ("supplier.wu", ProjectRole.Viewer),
                     ("owner.liu", ProjectRole.Viewer),
                 })
        {
            var userId = await db.Query(d => d.Users.Where(u => u.UserName == user).Select(u => u.Id).SingleAsync());
            await db.Run<AddMember, MemberSummary>("pm.zhang", u => u.ExecuteAsync(project.Id, new MemberInput { UserId = userId, Role = role }));
        }

        var codes = await db.Run<ListCostCodes, IReadOnlyList<CostCodeSummary>>("pm.zhang", u => u.ExecuteAsync(project.Id));
        var wbs = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var wbsCode in WbsCodes)
        {
            var node = await db.Run<AddWbsNode, WbsPayload>("planner.li", u => u.ExecuteAsync(project.Id, new WbsInput { Code = wbsCode, Name = "WBS " + wbsCode }));
            wbs[wbsCode] = node.Id;
        }

        var activity = await db.Run<AddActivity, ScheduleChange>("planner.li", u => u.ExecuteAsync(project.Id, new ActivityInput
        {
            Code = "A4001", Name = "机电配管", WbsId = wbs["40"], OriginalDurationMinutes = 4_800,
        }));
        return new MoneyProject(project.Id, organisations["BJCF"], organisations["HYJD"], organisations["JCMQ"], organisations["HDJC"],
            organisations["JCJG"], codes.Where(c => c.ParentId is null).ToDictionary(c => c.Category, c => c.Id), wbs, activity.Id!.Value);
    }

    public Task<ContractSummary> SignedContractAsync(CoreDatabase db, string code, ContractKind kind, Guid party, decimal amount,
        string? wbs = null, Guid? costCode = null) =>
        db.As("pm.zhang", async sp =>
        {
            var save = (SaveContract)sp.GetService(typeof(SaveContract))!;
            var contract = await save.ExecuteAsync(Id, null, new ContractInput
            {
                Code = code,
                Name = code,
                Kind = kind,
                CounterpartyId = party,
                Amount = amount,
                VatRate = 0.09m,
                RetentionRate = 0.05m,
                WbsNodeId = wbs is null ? null : Wbs(wbs),
                CostCodeId = kind == ContractKind.Owner ? null : costCode ?? Subcontract,
            });
            var sign = (SignContract)sp.GetService(typeof(SignContract))!;
            return await sign.ExecuteAsync(Id, contract.Id, Start, contract.Version);
        });

    public async Task<BudgetVersionSummary> ApprovedBudgetAsync(CoreDatabase db,
        params (string? Wbs, Guid Code, decimal Amount, DateOnly? Start, DateOnly? Finish)[] lines)
    {
        var version = await db.Run<CreateBudgetVersion, BudgetVersionSummary>("cost.chen", u => u.ExecuteAsync(Id, "目标成本"));
        foreach (var (wbs, costCode, amount, start, finish) in lines)
        {
            await db.Run<SaveBudgetLine, BudgetLineSummary>("cost.chen", u => u.ExecuteAsync(Id, version.Id, null, new BudgetLineInput
            {
                WbsNodeId = wbs is null ? null : Wbs(wbs), CostCodeId = costCode, Amount = amount, SpreadStart = start, SpreadFinish = finish,
            }));
        }

        var draft = await db.Run<ListBudgetVersions, IReadOnlyList<BudgetVersionSummary>>("cost.chen", u => u.ExecuteAsync(Id));
        return await db.Run<ApproveBudgetVersion, BudgetVersionSummary>("pm.zhang",
            u => u.ExecuteAsync(Id, version.Id, draft.Single(b => b.Id == version.Id).Version));
    }
}
