using Gantry.Core.Plans;

namespace Gantry.Web.Api;

/// <summary>
/// Monthly and weekly plans (三级计划) of a project. Every change answers with the whole plan and its
/// new version; content edits and steps take the loaded version (deletes as <c>?version=</c>).
/// </summary>
public static class PlansApi
{
    public static void MapPlansApi(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/projects/{projectId:guid}/plans").WithTags("Plans");
        plans.MapGet("/", (Guid projectId, PlanLevel? level, PlanStatus? status, Guid? organisationId, ListPlans useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, new PlanQuery { Level = level, Status = status, OrganisationId = organisationId }, ct));
        plans.MapGet("/export.xlsx", async (Guid projectId, PlanLevel? level, PlanStatus? status, Guid? organisationId, ListPlans useCase,
            CancellationToken ct) =>
        {
            var rows = await useCase.ExecuteAsync(projectId, new PlanQuery { Level = level, Status = status, OrganisationId = organisationId }, ct);
            return ExcelDownload.File("plans.xlsx", "计划 Plans",
                [("计划 Plan", 30), ("层级 Level", 10), ("开始 From", 12), ("结束 To", 12), ("责任单位 Organisation", 28), ("状态 Status", 12),
                    ("版次 Revision", 10), ("条目 Items", 10), ("完成% Done %", 12), ("编制 Prepared by", 14), ("发布 Published", 16)],
                rows.Select(p => new object?[]
                {
                    p.Name, p.Level.ToString(), p.PeriodStart.ToDateTime(TimeOnly.MinValue), p.PeriodEnd.ToDateTime(TimeOnly.MinValue),
                    p.OrganisationName, p.Status.ToString(), p.Revision, p.ItemCount, Math.Round(p.PercentComplete, 1), p.CreatedByName, p.PublishedAt,
                }));
        });
        plans.MapPost("/", (Guid projectId, PlanInput input, CreatePlan useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, input, ct)).ProducesValidationProblem();
        plans.MapGet("/{planId:guid}", (Guid projectId, Guid planId, GetPlan useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, planId, ct)).ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapPost("/{planId:guid}/items", (Guid projectId, Guid planId, PlanItemInput input, AddPlanItem useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, planId, input, ct)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        plans.MapPut("/{planId:guid}/items/{itemId:guid}", (Guid projectId, Guid planId, Guid itemId, PlanItemInput input, ChangePlanItem useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, planId, itemId, input, ct)).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        plans.MapDelete("/{planId:guid}/items/{itemId:guid}", (Guid projectId, Guid planId, Guid itemId, int? version, RemovePlanItem useCase,
            CancellationToken ct) => useCase.ExecuteAsync(projectId, planId, itemId, version, ct)).ProducesProblem(StatusCodes.Status409Conflict);

        plans.MapPost("/{planId:guid}/items/{itemId:guid}/tasks", (Guid projectId, Guid planId, Guid itemId, PlanTaskInput input,
            AddPlanTask useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, planId, itemId, input, ct))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        plans.MapPut("/{planId:guid}/items/{itemId:guid}/tasks/{taskId:guid}", (Guid projectId, Guid planId, Guid itemId, Guid taskId,
            PlanTaskInput input, ChangePlanTask useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, planId, itemId, taskId, input, ct))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        plans.MapDelete("/{planId:guid}/items/{itemId:guid}/tasks/{taskId:guid}", (Guid projectId, Guid planId, Guid itemId, Guid taskId,
            int? version, RemovePlanTask useCase, CancellationToken ct) => useCase.ExecuteAsync(projectId, planId, itemId, taskId, version, ct))
            .ProducesProblem(StatusCodes.Status409Conflict);
        plans.MapPut("/{planId:guid}/items/{itemId:guid}/tasks/{taskId:guid}/progress", (Guid projectId, Guid planId, Guid itemId, Guid taskId,
            PlanProgressInput input, ReportTaskProgress useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, planId, itemId, taskId, input, ct)).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        plans.MapPost("/{planId:guid}/submit", (Guid projectId, Guid planId, VersionRequest request, SubmitPlan useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, planId, request.Version, ct)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        plans.MapPost("/{planId:guid}/approve", (Guid projectId, Guid planId, VersionRequest request, ApprovePlan useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, planId, request.Version, ct)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        plans.MapPost("/{planId:guid}/reject", (Guid projectId, Guid planId, RejectPlanRequest request, RejectPlan useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, planId, request.Reason, request.Version, ct)).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        plans.MapPost("/{planId:guid}/publish", (Guid projectId, Guid planId, VersionRequest request, PublishPlan useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, planId, request.Version, ct)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        plans.MapPost("/{planId:guid}/revise", (Guid projectId, Guid planId, RevisePlan useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, planId, ct)).ProducesValidationProblem();
        plans.MapPost("/{planId:guid}/apply-to-master", (Guid projectId, Guid planId, ApplyPlanToMaster useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, planId, ct)).ProducesValidationProblem();
    }
}
