using Gantry.Core.Plans;
using Gantry.Tests.Infrastructure;

namespace Gantry.Core.Tests.Plans;

/// <summary>Short calls of the plan use cases for the tests.</summary>
internal sealed class TestPlans(CoreDatabase db, Guid projectId)
{
    public Task<PlanDetails> Create(string user, PlanLevel level, DateOnly date, Guid? organisationId = null, Guid? sourcePlanId = null) =>
        db.Run<CreatePlan, PlanDetails>(user, u => u.ExecuteAsync(projectId, new PlanInput
        {
            Level = level, Date = date, ResponsibleOrganisationId = organisationId, SourcePlanId = sourcePlanId,
        }));

    public Task<PlanDetails> Get(string user, Guid planId) => db.Run<GetPlan, PlanDetails>(user, u => u.ExecuteAsync(projectId, planId));

    public Task<IReadOnlyList<PlanSummary>> List(string user, PlanQuery? query = null) =>
        db.Run<ListPlans, IReadOnlyList<PlanSummary>>(user, u => u.ExecuteAsync(projectId, query ?? new PlanQuery()));

    public Task<PlanDetails> AddTask(string user, PlanDetails plan, Guid itemId, DateOnly date, string crew, decimal? quantity = null) =>
        db.Run<AddPlanTask, PlanDetails>(user, u => u.ExecuteAsync(projectId, plan.Id, itemId, new PlanTaskInput
        {
            Date = date, Crew = crew, Description = "按图施工", Quantity = quantity, Unit = quantity is null ? null : "m³",
            ResponsiblePerson = "王强", Version = plan.Version,
        }));

    public Task<PlanDetails> Report(string user, PlanDetails plan, Guid itemId, Guid taskId, double percent, DateOnly? start,
        DateOnly? finish = null) =>
        db.Run<ReportTaskProgress, PlanDetails>(user, u => u.ExecuteAsync(projectId, plan.Id, itemId, taskId, new PlanProgressInput
        {
            PercentComplete = percent, ActualStart = start, ActualFinish = finish, Version = plan.Version,
        }));

    public Task<PlanDetails> Submit(string user, PlanDetails plan) =>
        db.Run<SubmitPlan, PlanDetails>(user, u => u.ExecuteAsync(projectId, plan.Id, plan.Version));

    public Task<PlanDetails> Approve(string user, PlanDetails plan) =>
        db.Run<ApprovePlan, PlanDetails>(user, u => u.ExecuteAsync(projectId, plan.Id, plan.Version));

    public Task<PlanDetails> Publish(string user, PlanDetails plan) =>
        db.Run<PublishPlan, PlanDetails>(user, u => u.ExecuteAsync(projectId, plan.Id, plan.Version));

    /// <summary>Submitted by <paramref name="preparer"/>, approved and published by the project manager.</summary>
    public async Task<PlanDetails> Issue(string preparer, PlanDetails plan)
    {
        var submitted = await Submit(preparer, plan);
        var approved = await Approve("pm.zhang", submitted);
        return await Publish("pm.zhang", approved);
    }
}
