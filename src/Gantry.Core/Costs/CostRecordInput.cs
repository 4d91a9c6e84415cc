using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Projects;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>A committed or actual cost typed in or imported. VAT defaults to 0 (e.g. wages, which carry none).</summary>
public sealed record CostRecordInput
{
    public CostRecordKind? Kind { get; init; }

    public DateOnly? Date { get; init; }

    public Guid?WbsNodeId { get; init; }

    public Guid?ActivityId { get; init; }

    public Guid? CostCodeId { get; init; }

    public Guid? ContractId { get; init; }

    public string? Description { get; init; }

    public decimal? Amount { get; init; }

    public decimal? VatRate { get; init; }

    public async Task<CostRecordValues> CheckAsync(GantryDbContext db, Project project, CancellationToken cancellationToken)
    {
        var v = new Validation();
        var values = Check(v, project);
        if (v.IsValid("costCodeId"))
        {
            var active = await db.CostCodes.Where(c => c.Id == values.CostCodeId && c.ProjectId == project.Id).Select(c => (bool?)c.IsActive)
                .SingleOrDefaultAsync(cancellationToken);
            if (active is null)
            {
                v.Add("costCodeId", "NotAllowedValue");
            }
            else if (active is false)
            {
                v.Add("costCodeId", "CostCodeInactive");
            }
        }

        if (ContractId is { } contractId && !await db.Contracts.AnyAsync(c => c.Id == contractId && c.ProjectId == project.Id,
                cancellationToken))
        {
            v.Add("contractId", "NotAllowedValue");
        }

        v.ThrowIfAny();
        await PeriodRules.EnsureOpenAsync(db, project.Id, values.Date, "date", cancellationToken);
        return values;
    }

    private CostRecordValues Check(Validation v, Project project)
    {
        var kind = v.Enum("kind", Kind);
        var date = v.DateInProject("date", Date, project);
        var costCode = v.Required("costCodeId", CostCodeId);
        var description = v.Trimmed("description", Description, CostRecord.DescriptionMaxLength);
        var amount = v.Amount("amount", Amount);
        var vat = v.Fraction("vatRate", VatRate, 0m);
        return new CostRecordValues(kind, date, WbsNodeId, ActivityId, costCode, ContractId, description, amount, vat);
    }
}
