namespace Gantry.Core.DayLabour;

/// <summary>A ticket's checked values (see <see cref="TicketInput"/>).</summary>
public sealed record TicketValues(DateOnly Date, string Location, DayLabourReason Reason, string Description, Guid?WbsNodeId,
    Guid?ActivityId, Guid CostCodeId, Guid CrewOrganisationId, string CrewName, ChargeTo ChargeTo, Guid? ChargedContractId,
    Guid? ChargedPartyId, IReadOnlyList<TicketLineValues> Lines);

