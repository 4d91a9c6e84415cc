using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>Adds a cost code (<c>costCodeId</c> null) or changes one. Codes are unique in the project.</summary>
public sealed class SaveCostCode(GantryDbContext db, PermissionService permissions)
{
    public async Task<CostCodeSummary> ExecuteAsync(Guid projectId, Guid? costCodeId, CostCodeInput input,
        CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.EditCosts, cancellationToken);
        await CostCodeDefaults.EnsureAsync(db, projectId, cancellationToken);
        CostCode? parent = null;
        if (input.ParentId is { } parentId)
        {
            parent = await db.CostCodes.SingleOrDefaultAsync(c => c.Id == parentId && c.ProjectId == projectId, cancellationToken)
                ?? throw ValidationFailedException.For("parentId", Localization.Text.Get("NotAllowedValue", Validation.Label("parentId")));
        }

        CostCode code;
        if (costCodeId is null)
        {
            code = CostCode.Create(projectId, input, parent);
            db.CostCodes.Add(code);
        }
        else
        {
            code = await db.CostCodes.SingleOrDefaultAsync(c => c.Id == costCodeId && c.ProjectId == projectId, cancellationToken)
                ?? throw new NotFoundException("Entity_CostCode");
            ConcurrencyCheck.Expect(db, code, input.Version, "Entity_CostCode");
            await EnsureNotOwnAncestorAsync(code.Id, parent, cancellationToken);
            var category = code.Category;
            code.Change(input, parent);
            if (code.Category != category)
            {
                await RecategoriseDescendantsAsync(code, cancellationToken);
            }
        }

        var trimmed = code.Code;
        if (await db.CostCodes.AnyAsync(c => c.ProjectId == projectId && c.Code == trimmed && c.Id != code.Id, cancellationToken))
        {
            throw ValidationFailedException.For("code", Localization.Text.Get("Duplicate", Validation.Label("code"), trimmed));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CostCodeSummary(code.Id, code.ParentId, code.Code, code.Name, code.Category, code.Version, code.IsActive);
    }

    /// <summary>Every code below a moved one takes its category; breadth-first with a queue, never recursion.</summary>
    private async Task RecategoriseDescendantsAsync(CostCode moved, CancellationToken cancellationToken)
    {
        var codes = await db.CostCodes.Where(c => c.ProjectId == moved.ProjectId && c.Id != moved.Id).ToListAsync(cancellationToken);
        var children = codes.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!.Value);
        var queue = new Queue<Guid>([moved.Id]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in children[id])
            {
                child.TakeCategory(moved.Category);
                queue.Enqueue(child.Id);
            }
        }
    }

    /// <summary>Moving a code under its own descendant would cut the subtree off the tree. Walks up with a loop, never recursion.</summary>
    private async Task EnsureNotOwnAncestorAsync(Guid codeId, CostCode? parent, CancellationToken cancellationToken)
    {
        if (parent is null)
        {
            return;
        }

        var parents = await db.CostCodes.Where(c => c.ProjectId == parent.ProjectId).ToDictionaryAsync(c => c.Id, c => c.ParentId,
            cancellationToken);
        Guid? current = parent.Id;
        var steps = 0;
        while (current is { } id && steps++ <= parents.Count)
        {
            if (id == codeId)
            {
                throw ValidationFailedException.For("parentId", Localization.Text.Get("NotAllowedValue", Validation.Label("parentId")));
            }

            current = parents.GetValueOrDefault(id);
        }
    }
}
