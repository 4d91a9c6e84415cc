using Gantry.Core.Common;

namespace Gantry.Core.Costs;

/// <summary>
/// A variation or site instruction (变更/签证) or a back-charge on a contract. The amount includes VAT
/// and may be negative: a back-charge or an omitted scope lowers the contract's value.
/// </summary>
public sealed class ContractVariation : IVersioned, IProjectScoped
{
    public const int CodeMaxLength = 50;
    public const int DescriptionMaxLength = 1000;

    private ContractVariation()
    {
        Code = Description = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid ContractId { get; private set; }

    public string Code { get; private set; }

    public VariationKind Kind { get; private set; }

    public string Description { get; private set; }

    public DateOnly Date { get; private set; }

    public decimal Amount { get; private set; }

    public decimal NetAmount { get; private set; }

    public VariationStatus Status { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    /// <summary>The day-labour ticket this variation came from, if any.</summary>
    public Guid? DayLabourTicketId { get; private set; }

    public int Version { get; set; }

    public static ContractVariation Create(Contract contract, string code, VariationKind kind, string description, DateOnly date,
        decimal amount, Guid? ticketId) => new()
        {
            Id = Guid.CreateVersion7(),
            ProjectId = contract.ProjectId,
            ContractId = contract.Id,
            Code = code,
            Kind = kind,
            Description = description,
            Date = date,
            Amount = amount,
            NetAmount = MoneyValidation.NetOfVat(amount, contract.VatRate),
            Status = VariationStatus.Pending,
            DayLabourTicketId = ticketId,
        };

    public void Decide(bool approve, Guid userId, DateTime now)
    {
        if (Status != VariationStatus.Pending)
        {
            throw ValidationFailedException.For("status", Localization.Text.Get("AlreadyDecided"));
        }

        Status = approve ? VariationStatus.Approved : VariationStatus.Rejected;
        DecidedBy = userId;
        DecidedAt = now;
    }
}
