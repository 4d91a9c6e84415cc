using Gantry.Core.Data;
using Gantry.Core.Members;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Projects;

/// <summary>A project as shown on its page, with what the viewer may do there. <see cref="Version"/> goes back with an edit.</summary>
public sealed record ProjectDetails(
    Guid Id,
    string Code,
    string Name,
    ProjectType Type,
    string Location,
    Guid OwnerOrganisationId,
    string OwnerOrganisationName,
    decimal ContractAmount,
    string Currency,
    DateOnly PlannedStart,
    DateOnly PlannedFinish,
    ProjectStatus Status,
    string Description,
    bool IsArchived,
    DateTime CreatedAt,
    int Version,
    ProjectRole? MyRole,
    IReadOnlyList<Permission> MyPermissions)
{
    internal static async Task<ProjectDetails> LoadAsync(GantryDbContext db, ProjectAccess access, CancellationToken cancellationToken)
    {
        var p = access.Project;
        var ownerName = await db.Organisations.Where(o => o.Id == p.OwnerOrganisationId).Select(o => o.Name)
            .SingleAsync(cancellationToken);
        return new ProjectDetails(p.Id, p.Code, p.Name, p.Type, p.Location, p.OwnerOrganisationId, ownerName,
            p.ContractAmount, p.Currency, p.PlannedStart, p.PlannedFinish, p.Status, p.Description, p.IsArchived,
            p.CreatedAt, p.Version, access.Role, access.Permissions.Order().ToArray());
    }
}
