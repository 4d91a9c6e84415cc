using System.Globalization;
using Gantry.Core.Costs;
using Gantry.Web.Money;

namespace Gantry.Web.Api;

/// <summary>The cost center: cost codes, budgets, contracts and variations, cost records, the cost report, closed months.</summary>
public static class CostsApi
{
    public static void MapCostsApi(this RouteGroupBuilder api)
    {
        var costs = api.MapGroup("/projects/{projectId:guid}/costs").WithTags("Costs").ProducesValidationProblem();
        costs.MapGet("/codes", (Guid projectId, ListCostCodes useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, ct));
        costs.MapPost("/codes", (Guid projectId, CostCodeInput input, SaveCostCode useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, null, input, ct));
        costs.MapPut("/codes/{costCodeId:guid}", (Guid projectId, Guid costCodeId, CostCodeInput input, SaveCostCode useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, costCodeId, input, ct));
        costs.MapPost("/codes/{costCodeId:guid}/deactivate", (Guid projectId, Guid costCodeId, SignRequest request, SetCostCodeActive useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, costCodeId, false, request.Version, ct));
        costs.MapPost("/codes/{costCodeId:guid}/activate", (Guid projectId, Guid costCodeId, SignRequest request, SetCostCodeActive useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, costCodeId, true, request.Version, ct));
        costs.MapDelete("/codes/{costCodeId:guid}", async (Guid projectId, Guid costCodeId, RemoveCostCode useCase, CancellationToken ct) =>
        {
            await useCase.ExecuteAsync(projectId, costCodeId, ct);
            return Results.NoContent();
        });

        costs.MapGet("/budgets", (Guid projectId, ListBudgetVersions useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, ct));
        costs.MapPost("/budgets", (Guid projectId, BudgetVersionRequest request, CreateBudgetVersion useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, request.Name, ct));
        costs.MapPost("/budgets/{budgetId:guid}/approve", (Guid projectId, Guid budgetId, SignRequest request, ApproveBudgetVersion useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, budgetId, request.Version, ct));
        costs.MapGet("/budgets/{budgetId:guid}/lines", (Guid projectId, Guid budgetId, ListBudgetLines useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, budgetId, ct));
        costs.MapPost("/budgets/{budgetId:guid}/lines", (Guid projectId, Guid budgetId, BudgetLineInput input, SaveBudgetLine useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, budgetId, null, input, ct));
        costs.MapPut("/budgets/{budgetId:guid}/lines/{lineId:guid}", (Guid projectId, Guid budgetId, Guid lineId, BudgetLineInput input,
            SaveBudgetLine useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, budgetId, lineId, input, ct));
        costs.MapDelete("/budgets/{budgetId:guid}/lines/{lineId:guid}", async (Guid projectId, Guid budgetId, Guid lineId,
            RemoveBudgetLine useCase, CancellationToken ct) =>
        {
            await useCase.ExecuteAsync(projectId, budgetId, lineId, ct);
            return Results.NoContent();
        });
        costs.MapGet("/planned-value", (Guid projectId, GetPlannedValue useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, ct));

        costs.MapGet("/contracts", (Guid projectId, ContractKind? kind, ListContracts useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, kind, ct));
        costs.MapPost("/contracts", (Guid projectId, ContractInput input, SaveContract useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, null, input, ct));
        costs.MapPut("/contracts/{contractId:guid}", (Guid projectId, Guid contractId, ContractInput input, SaveContract useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, contractId, input, ct));
        costs.MapPost("/contracts/{contractId:guid}/sign", (Guid projectId, Guid contractId, SignContractRequest request, SignContract useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, contractId, request.SignedOn, request.Version, ct));
        costs.MapGet("/contracts/{contractId:guid}/variations", (Guid projectId, Guid contractId, ListVariations useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, contractId, ct));
        // Same checks as the contract page: ListVariations answers 404 for another organisation's contract.
        costs.MapGet("/contracts/{contractId:guid}/variations.xlsx", async (Guid projectId, Guid contractId, ListVariations useCase,
            CancellationToken ct) =>
        {
            var rows = await useCase.ExecuteAsync(projectId, contractId, ct);
            return ExcelDownload.File("variations.xlsx", "签证变更 Variations",
                [("编号 Code", 14), ("类型 Kind", 14), ("说明 Description", 36), ("日期 Date", 12), ("金额 Amount", 16), ("不含税 Net", 16),
                    ("状态 Status", 10)],
                rows.Select(x => new object?[]
                {
                    x.Code, x.Kind.ToString(), x.Description, x.Date.ToDateTime(TimeOnly.MinValue), x.Amount, x.NetAmount, x.Status.ToString(),
                }));
        });
        costs.MapPost("/contracts/{contractId:guid}/variations", (Guid projectId, Guid contractId, VariationInput input, AddVariation useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, contractId, input, ct));
        costs.MapPost("/variations/{variationId:guid}/approve", (Guid projectId, Guid variationId, SignRequest request, DecideVariation useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, variationId, true, request.Version, ct));
        costs.MapPost("/variations/{variationId:guid}/reject", (Guid projectId, Guid variationId, SignRequest request, DecideVariation useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, variationId, false, request.Version, ct));

        costs.MapGet("/records", (Guid projectId, [AsParameters] CostRecordFilter filter, ListCostRecords useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, filter.ToQuery(), ct));
        costs.MapGet("/records.xlsx", async (Guid projectId, [AsParameters] CostRecordFilter filter, ListCostRecords useCase, CancellationToken ct) =>
        {
            // The download holds the whole drill-down (up to ListCostRecords' largest page), not one screen of it.
            var rows = await useCase.ExecuteAsync(projectId, filter.ToQuery() with { Skip = 0, Take = 1000 }, ct);
            return ExcelDownload.File("cost-records.xlsx", "成本记录 Costs",
                [("日期 Date", 12), ("类型 Kind", 12), ("来源 Source", 12), ("成本科目 Cost code", 14), ("摘要 Description", 30),
                    ("金额(含税) Amount", 16), ("不含税 Net", 16)],
                rows.Select(r => new object?[] { r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Kind.ToString(), r.Source.ToString(),
                    r.CostCode, r.Description, r.Amount, r.NetAmount }));
        });
        costs.MapPost("/records", (Guid projectId, CostRecordInput input, RecordCost useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, input, ct));
        costs.MapPost("/records/import", async (Guid projectId, ImportCostsRequest request, ImportCostRecords useCase, CancellationToken ct) =>
            Results.Ok(new { imported = await useCase.ExecuteAsync(projectId, request.Rows ?? [], ct) }));
        costs.MapGet("/records/import-template.xlsx", async (Guid projectId, CostImportTemplate template, CancellationToken ct) =>
            Results.File(await template.ExecuteAsync(projectId, ct), ExcelDownload.ContentType, "cost-import-template.xlsx"));
        // Multipart (field "file"), read here so a missing file is a 400 naming the field after access is checked;
        // the SameSite=Strict session cookie already stops cross-site posts, as for ticket photos.
        costs.MapPost("/records/import.xlsx", async (Guid projectId, HttpRequest http, ImportCostSheet useCase, CancellationToken ct) =>
        {
            var file = http.HasFormContentType ? (await http.ReadFormAsync(ct)).Files.GetFile("file") : null;
            await using var stream = file?.OpenReadStream();
            return Results.Ok(await useCase.ExecuteAsync(projectId, file?.FileName, stream, ct));
        }).DisableAntiforgery();
        costs.MapPost("/records/{recordId:guid}/reverse", (Guid projectId, Guid recordId, ReverseRequest request, ReverseCostRecord useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, recordId, request.Date, ct));

        costs.MapGet("/report", (Guid projectId, CostReportGrouping? grouping, GetCostReport useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, grouping ?? CostReportGrouping.WbsAndCostCode, ct));
        costs.MapGet("/report.xlsx", async (Guid projectId, CostReportGrouping? grouping, string? sort, GetCostReport useCase,
            CancellationToken ct) =>
        {
            var report = await useCase.ExecuteAsync(projectId, grouping ?? CostReportGrouping.WbsAndCostCode, ct);
            return ExcelDownload.File("cost-report.xlsx", "成本报表 Cost report",
                [("WBS", 10), ("WBS名称 WBS name", 20), ("科目 Code", 12), ("名称 Name", 20), ("预算 Budget", 16), ("已承诺 Committed", 16), ("实际 Actual", 16),
                    ("预测 Forecast", 16), ("偏差 Variance", 16), ("收入 Income", 16), ("毛利 Margin", 16), ("超支 Overrun", 10)],
                CostReportSort.Apply(report.Rows, sort).Append(report.Total).Select(r => new object?[]
                {
                    r.WbsNodeId is null ? null : r.WbsCode ?? "—", r.WbsName, r.CostCode, r.CostCodeName ?? r.Category?.ToString(),
                    r.Budget, r.Committed, r.Actual, r.Forecast, r.Variance, r.Income, r.Margin, r.Overrun ? "!" : null,
                }));
        });

        costs.MapPut("/settings", (Guid projectId, MoneySettingsInput input, ChangeMoneySettings useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, input, ct));
        costs.MapPost("/closed-months", (Guid projectId, CloseMonthRequest request, CloseMonth useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, request.Month, ct));
        costs.MapBudgetGridApi();
    }
}
