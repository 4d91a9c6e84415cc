namespace Gantry.Core.Costs;

public sealed record VariationSummary(Guid Id, Guid ContractId, string Code, VariationKind Kind, string Description, DateOnly Date,
    decimal Amount, decimal NetAmount, VariationStatus Status, Guid? DayLabourTicketId, int Version)
{
    internal static VariationSummary From(ContractVariation x) =>
        new(x.Id, x.ContractId, x.Code, x.Kind, x.Description, x.Date, x.Amount, x.NetAmount, x.Status, x.DayLabourTicketId, x.Version);
}
