using Gantry.Core.Auditing;

namespace Gantry.Web.Api;

/// <summary>The audit trail: all of it for administrators, a project's rows for its managers, planners and cost controllers.</summary>
public static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", (Guid? projectId, string? entityName, string? entityKey, int? take, ListAuditEntries useCase,
                CancellationToken ct) =>
            useCase.ExecuteAsync(new AuditQuery
            {
                ProjectId = projectId,
                EntityName = entityName,
                EntityKey = entityKey,
                Take = take ?? 100,
            }, ct))
            .WithTags("Audit").ProducesValidationProblem();
    }
}
