using Gantry.Core.Costs;
using Gantry.Core.Members;
using Gantry.Web.Money;

namespace Gantry.Web.Api;

/// <summary>
/// The budget grid saved in one request, and the Excel downloads of the cost-code and budget pages
/// (bilingual headers, like the other exports). Each download answers what the page shows the user,
/// with the same filter.
/// </summary>
public static class BudgetGridApi
{
    public static void MapBudgetGridApi(this RouteGroupBuilder costs)
    {
        costs.MapPut("/budgets/{budgetId:guid}/grid", (Guid projectId, Guid budgetId, BudgetGridInput input, SaveBudgetGrid useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, budgetId, input, ct));
        costs.MapGet("/budgets/{budgetId:guid}/grid", (Guid projectId, Guid budgetId, GetBudgetGrid useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, budgetId, ct));
        costs.MapGet("/budgets/{budgetId:guid}/grid.xlsx", async (Guid projectId, Guid budgetId, GetBudgetGrid useCase, CancellationToken ct) =>
        {
            var grid = await useCase.ExecuteAsync(projectId, budgetId, ct);
            return ExcelDownload.File($"budget-{grid.Budget.Number}.xlsx", "目标成本 Budget", BudgetGridSheet.Columns(grid), BudgetGridSheet.Rows(grid));
        });
        // Multipart (field "file"), as the cost import: the SameSite=Strict session cookie already stops cross-site posts.
        costs.MapPost("/budgets/{budgetId:guid}/grid.xlsx", async (Guid projectId, Guid budgetId, HttpRequest http, ImportBudgetGrid useCase,
            CancellationToken ct) =>
        {
            var file = http.HasFormContentType ? (await http.ReadFormAsync(ct)).Files.GetFile("file") : null;
            await using var stream = file?.OpenReadStream();
            return Results.Ok(await useCase.ExecuteAsync(projectId, budgetId, file?.FileName, stream, ct));
        }).DisableAntiforgery();
        costs.MapGet("/budgets.xlsx", async (Guid projectId, BudgetStatus? status, string? sort, ListBudgetVersions versions,
            ListMembers members, CancellationToken ct) =>
        {
            var rows = BudgetVersionFilter.Apply(await versions.ExecuteAsync(projectId, ct), status, sort);
            var names = (await members.ExecuteAsync(projectId, ct)).ToDictionary(m => m.UserId, m => m.DisplayName);
            return ExcelDownload.File("budget-versions.xlsx", "预算版本 Versions",
                [("序号 No.", 8), ("名称 Name", 30), ("类型 Kind", 10), ("状态 Status", 12), ("批准人 Approved by", 14),
                    ("批准时间 Approved at", 18), ("明细 Lines", 8), ("合计 Total", 18)],
                rows.Select(v => new object?[]
                {
                    v.Number, v.Name, v.Kind.ToString(), v.Status.ToString(), v.ApprovedBy is { } by ? names.GetValueOrDefault(by) : null,
                    v.ApprovedAt, v.Lines, v.Total,
                }));
        });
        costs.MapGet("/codes.xlsx", async (Guid projectId, string? q, CostCategory? category, bool? active, string? sort,
            ListCostCodes useCase, CancellationToken ct) =>
        {
            var all = await useCase.ExecuteAsync(projectId, ct);
            var parents = all.ToDictionary(c => c.Id, c => c.Code);
            var rows = new CostCodeFilter(q, category, active, sort).Apply(all);
            return ExcelDownload.File("cost-codes.xlsx", "成本科目 Cost codes",
                [("科目 Code", 14), ("名称 Name", 30), ("上级 Parent", 14), ("层级 Level", 8), ("类别 Category", 14), ("启用 Active", 10)],
                rows.Select(r => new object?[]
                {
                    r.Code.Code, r.Code.Name, r.Code.ParentId is { } p ? parents.GetValueOrDefault(p) : null, r.Depth + 1,
                    r.Code.Category.ToString(), r.Code.IsActive ? "是 yes" : "否 no",
                }));
        });
    }
}
