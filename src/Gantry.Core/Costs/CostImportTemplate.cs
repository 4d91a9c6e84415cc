using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Gantry.Interchange.Costs;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>The empty cost-import workbook, with the project's active cost codes and WBS codes listed on their own sheets.</summary>
public sealed class CostImportTemplate(GantryDbContext db, PermissionService permissions)
{
    public async Task<byte[]> ExecuteAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.EditCosts, cancellationToken);
        await CostCodeDefaults.EnsureAsync(db, projectId, cancellationToken);
        var codes = (await db.CostCodes.Where(c => c.ProjectId == projectId && c.IsActive).Select(c => new { c.Code, c.Name }).ToListAsync(cancellationToken))
            .OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => (c.Code, c.Name));
        var wbs = (await db.WbsNodes.Where(w => w.ProjectId == projectId).Select(w => new { w.Code, w.Name }).ToListAsync(cancellationToken))
            .OrderBy(w => w.Code, StringComparer.Ordinal).Select(w => (w.Code, w.Name));
        using var stream = new MemoryStream();
        CostSheet.WriteTemplate(stream, codes, wbs);
        return stream.ToArray();
    }
}
