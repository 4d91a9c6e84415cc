using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Projects;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>A ticket as typed on the phone form or posted to the API. The cost code defaults to the project's labour code.</summary>
public sealed record TicketInput
{
    public const int MaxLines = 200;

    public DateOnly? Date { get; init; }

    public string? Location { get; init; }

    public DayLabourReason? Reason { get; init; }

    public string? Description { get; init; }

    public Guid?WbsNodeId { get; init; }

    public Guid?ActivityId { get; init; }

    public Guid? CostCodeId { get; init; }

    public Guid? CrewOrganisationId { get; init; }

    public string? CrewName { get; init; }

    public ChargeTo? ChargeTo { get; init; }

    /// <summary>The subcontract to back-charge, or the owner contract to claim under.</summary>
    public Guid? ChargedContractId { get; init; }

    public IReadOnlyList<TicketLineInput>? Lines { get; init; }

    public int? Version { get; init; }

    public async Task<TicketValues> CheckAsync(GantryDbContext db, Project project, CancellationToken cancellationToken)
    {
        var v = new Validation();
        var date = v.DateInProject("date", Date, project);
        var location = v.Trimmed("location", Location, DayLabourTicket.LocationMaxLength);
        var reason = v.Enum("reason", Reason);
        var description = v.Trimmed("description", Description, DayLabourTicket.DescriptionMaxLength, required: false);
        var crew = v.Required("crewOrganisationId", CrewOrganisationId);
        var crewName = v.Trimmed("crewName", CrewName, Worker.CrewMaxLength, required: false);
        var chargeTo = v.Enum<ChargeTo>("chargeTo", ChargeTo ?? DayLabour.ChargeTo.OwnCost);
        var costCode = CostCodeId ?? await db.CostCodes.Where(c => c.ProjectId == project.Id && c.ParentId == null
            && c.Category == CostCategory.Labour).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (costCode is null || !await db.CostCodes.AnyAsync(c => c.Id == costCode && c.ProjectId == project.Id, cancellationToken))
        {
            v.Add("costCodeId", costCode is null ? "Required" : "NotAllowedValue");
        }

        Guid? chargedParty = null;
        if (v.IsValid("chargeTo") && chargeTo != DayLabour.ChargeTo.OwnCost)
        {
            var expected = chargeTo == DayLabour.ChargeTo.BackCharge ? ContractKind.Subcontract : ContractKind.Owner;
            chargedParty = await db.Contracts.Where(c => c.Id == ChargedContractId && c.ProjectId == project.Id && c.Kind == expected
                && c.Status == ContractStatus.InForce).Select(c => (Guid?)c.CounterpartyId).SingleOrDefaultAsync(cancellationToken);
            if (chargedParty is null)
            {
                v.Add("chargedContractId", ChargedContractId is null ? "Required" : "NotAllowedValue");
            }
        }

        var lines = await CheckLinesAsync(v, db, project.Id, cancellationToken);
        v.ThrowIfAny();
        await PeriodRules.EnsureOpenAsync(db, project.Id, date, "date", cancellationToken);
        return new TicketValues(date, location, reason, description, WbsNodeId, ActivityId, costCode!.Value, crew, crewName, chargeTo,
            chargeTo == DayLabour.ChargeTo.OwnCost ? null : ChargedContractId, chargedParty, lines);
    }

    private async Task<List<TicketLineValues>> CheckLinesAsync(Validation v, GantryDbContext db, Guid projectId,
        CancellationToken cancellationToken)
    {
        var result = new List<TicketLineValues>();
        if (Lines is null || Lines.Count == 0 || Lines.Count > MaxLines)
        {
            v.Add("lines", "RowCount", MaxLines);
            return result;
        }

        // A JSON list may hold nulls; a missing row is refused by its number rather than read as an empty line.
        var gap = Lines.ToList().IndexOf(null!);
        if (gap >= 0)
        {
            v.Add($"lines[{gap}]", "Required");
            return result;
        }

        var workerIds = Lines.Where(l => l.WorkerId is not null).Select(l => l.WorkerId!.Value).Distinct().ToList();
        var workers = await db.Workers.Where(w => w.ProjectId == projectId && workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id,
            cancellationToken);
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            var prefix = $"lines[{i}].";
            Worker? worker = null;
            if (line.WorkerId is { } workerId && !workers.TryGetValue(workerId, out worker))
            {
                v.Add(prefix + "workerId", "NotAllowedValue");
                continue;
            }

            var trade = (line.Trade ?? worker?.Trade)?.Trim() ?? string.Empty;
            if (trade.Length is 0 or > Worker.TradeMaxLength)
            {
                v.Add(prefix + "trade", trade.Length == 0 ? "Required" : "NotAllowedValue");
            }

            var headcount = worker is not null ? 1 : line.Headcount ?? 1;
            if (headcount is < 1 or > 1000)
            {
                v.Add(prefix + "headcount", "NotAllowedValue");
            }

            var unit = v.Enum<LabourUnit>(prefix + "unit", line.Unit ?? LabourUnit.Days);
            var quantity = v.Quantity(prefix + "quantity", line.Quantity);
            var rate = v.Amount(prefix + "rate", line.Rate ?? worker?.DailyRate);
            result.Add(new TicketLineValues(worker?.Id, trade, headcount, quantity, unit, rate));
        }

        return result;
    }
}
