using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Auditing;

/// <summary>
/// The audit trail, newest first. Administrators read all of it; a member whose role allows
/// <see cref="Permission.ViewAudit"/> reads the rows of that project.
/// </summary>
public sealed class ListAuditEntries(GantryDbContext db, PermissionService permissions)
{
    public const int MaxTake = 500;

    public async Task<IReadOnlyList<AuditEntry>> ExecuteAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var v = new Validation();
        if (query.Take is < 1 or > MaxTake)
        {
            v.Add("take", "NotAllowedValue");
        }

        var entityName = v.Trimmed("entityName", query.EntityName, 100, required: false);
        var entityKey = v.Trimmed("entityKey", query.EntityKey, 100, required: false);
        v.ThrowIfAny();
        IQueryable<AuditEntry> rows = db.AuditEntries;
        if (query.ProjectId is { } projectId)
        {
            await permissions.RequireProjectAsync(projectId, Permission.ViewAudit, cancellationToken);
            rows = rows.Where(a => a.ProjectId == projectId);
        }
        else
        {
            await permissions.RequireAdministratorAsync(cancellationToken);
        }

        if (entityName.Length > 0)
        {
            rows = rows.Where(a => a.EntityName == entityName);
        }

        if (entityKey.Length > 0)
        {
            rows = rows.Where(a => a.EntityKey == entityKey);
        }

        // Id follows insertion order on both databases, unlike timestamps that can tie within a save.
        return await rows.OrderByDescending(a => a.Id).Take(query.Take).ToListAsync(cancellationToken);
    }
}
