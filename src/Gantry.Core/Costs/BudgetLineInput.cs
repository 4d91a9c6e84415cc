using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Projects;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>Add or change a budget line. The spread defaults to the whole project.</summary>
public sealed record BudgetLineInput
{
    public Guid?WbsNodeId { get; init; }

    public Guid?ActivityId { get; init; }

    public Guid? CostCodeId { get; init; }

    public string? Description { get; init; }

    public decimal? Amount { get; init; }

    public DateOnly? SpreadStart { get; init; }

    public DateOnly? SpreadFinish { get; init; }

    public int? Version { get; init; }

    public async Task<BudgetLineValues> CheckAsync(GantryDbContext db, Project project, CancellationToken cancellationToken)
    {
        var v = new Validation();
        var costCodeId = v.Required("costCodeId", CostCodeId);
        var description = v.Trimmed("description", Description, BudgetLine.DescriptionMaxLength, required: false);
        var amount = v.Amount("amount", Amount);
        var start = v.DateInProject("spreadStart", SpreadStart ?? project.PlannedStart, project);
        var finish = v.DateInProject("spreadFinish", SpreadFinish ?? project.PlannedFinish, project);
        if (finish < start)
        {
            v.Add("spreadFinish", "FinishBeforeStart", Validation.Label("spreadStart"));
        }

        if (v.IsValid("costCodeId") && !await db.CostCodes.AnyAsync(c => c.Id == costCodeId && c.ProjectId == project.Id, cancellationToken))
        {
            v.Add("costCodeId", "NotAllowedValue");
        }

        v.ThrowIfAny();
        return new BudgetLineValues(WbsNodeId, ActivityId, costCodeId, description, amount, start, finish);
    }
}
