using System.Globalization;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>
/// What an approved ticket writes to the cost center: the actual cost (always, since the contractor
/// paid the workers) and, when charged on, a back-charge or site-instruction variation. The variation
/// counts once the charged party has countersigned.
/// </summary>
internal static class TicketPosting
{
    public static async Task PostAsync(GantryDbContext db, DayLabourTicket ticket, Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        db.CostRecords.Add(CostRecord.Create(ticket.ProjectId,
            new CostRecordValues(CostRecordKind.Actual, ticket.Date, ticket.WbsNodeId, ticket.ActivityId, ticket.CostCodeId, null,
                Describe(ticket), ticket.Amount, 0m), CostSource.DayLabour, ticket.Id, userId, now));
        if (ticket.ChargedContractId is not { } contractId)
        {
            return;
        }

        var contract = await db.Contracts.SingleAsync(c => c.Id == contractId, cancellationToken);
        var kind = ticket.ChargeTo == ChargeTo.BackCharge ? VariationKind.BackCharge : VariationKind.SiteInstruction;
        // A back-charge lowers the subcontract; a claim raises the owner contract. Day labour carries no VAT of its own.
        var amount = kind == VariationKind.BackCharge ? -ticket.Amount : ticket.Amount;
        var variation = ContractVariation.Create(contract, "DL-" + ticket.Number.ToString("D5", CultureInfo.InvariantCulture), kind,
            Describe(ticket), ticket.Date, amount, ticket.Id);
        if (ticket.CountersignedBy is { } countersigner)
        {
            variation.Decide(true, countersigner, now);
        }

        db.ContractVariations.Add(variation);
    }

    public static string Describe(DayLabourTicket ticket) =>
        string.Create(CultureInfo.InvariantCulture, $"点工单 {ticket.Number}: {ticket.Location}");
}
