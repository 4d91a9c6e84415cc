namespace Gantry.Core.DayLabour;

/// <summary>A ticket with its lines and signatures, as the phone form and the list show it.</summary>
public sealed record TicketSummary(Guid Id, int Number, DateOnly Date, string Location, DayLabourReason Reason, string Description,
    Guid?WbsNodeId, Guid?ActivityId, Guid CostCodeId, Guid CrewOrganisationId, string CrewName, ChargeTo ChargeTo,
    Guid? ChargedContractId, Guid? ChargedPartyId, TicketStatus Status, decimal Amount, decimal WorkerDays, Guid? SubmittedBy,
    Guid? VerifiedBy, Guid? ApprovedBy, Guid? CountersignedBy, bool NeedsCountersignature, IReadOnlyList<TicketLineSummary> Lines,
    int Version)
{
    internal static TicketSummary From(DayLabourTicket t) =>
        new(t.Id, t.Number, t.Date, t.Location, t.Reason, t.Description, t.WbsNodeId, t.ActivityId, t.CostCodeId, t.CrewOrganisationId,
            t.CrewName, t.ChargeTo, t.ChargedContractId, t.ChargedPartyId, t.Status, t.Amount, t.WorkerDays, t.SubmittedBy, t.VerifiedBy,
            t.ApprovedBy, t.CountersignedBy, t.NeedsCountersignature,
            t.Lines.OrderBy(l => l.Id).Select(l => new TicketLineSummary(l.Id, l.WorkerId, l.Trade, l.Headcount, l.Quantity, l.Unit, l.Rate,
                l.Amount, l.WorkerDays)).ToList(), t.Version);
}
