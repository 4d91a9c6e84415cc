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
