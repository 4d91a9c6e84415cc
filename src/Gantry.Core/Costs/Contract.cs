using Gantry.Core.Common;

namespace Gantry.Core.Costs;

/// <summary>
/// A contract with one party: the owner contract (income) or a subcontract / purchase contract
/// (committed cost). <see cref="Amount"/> includes VAT, as Chinese contracts are signed (含税价);
/// <see cref="NetAmount"/> is what the cost report counts. A cost contract commits its value against
/// one WBS node (the schedule's id, see <see cref="BudgetLine"/>) × cost code.
/// </summary>
public sealed class Contract : IVersioned, IProjectScoped
{
    public const int CodeMaxLength = 50;
    public const int NameMaxLength = 200;
    public const int TermsMaxLength = 2000;

    private Contract()
    {
        Code = Name = PaymentTerms = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public ContractKind Kind { get; private set; }

    public Guid CounterpartyId { get; private set; }

    public decimal Amount { get; private set; }

    public decimal VatRate { get; private set; }

    public decimal NetAmount { get; private set; }

    /// <summary>Share of each payment held back until the defects period ends (质保金), e.g. 0.03.</summary>
    public decimal RetentionRate { get; private set; }

    /// <summary>Share of the measured value paid each month (进度款支付比例), e.g. 0.80.</summary>
    public decimal ProgressPaymentRate { get; private set; }

    /// <summary>Days from the measured month's end to payment; drives the planned cash flow and the ageing.</summary>
    public int PaymentDays { get; private set; }

    public string PaymentTerms { get; private set; }

    public Guid?WbsNodeId { get; private set; }

    public Guid? CostCodeId { get; private set; }

    public ContractStatus Status { get; private set; }

    public DateOnly? SignedOn { get; private set; }

    public int Version { get; set; }

    public bool IsCost => Kind != ContractKind.Owner;

    public static Contract Create(Guid projectId, ContractValues values)
    {
        var contract = new Contract { Id = Guid.CreateVersion7(), ProjectId = projectId, Status = ContractStatus.Draft };
        contract.Change(values);
        return contract;
    }

    public void Change(ContractValues values)
    {
        // A signed contract's value moves only by variations, so the audit trail shows every change of price.
        if (Status == ContractStatus.InForce && (values.Amount != Amount || values.Kind != Kind || values.CounterpartyId != CounterpartyId))
        {
            throw ValidationFailedException.For("amount", Localization.Text.Get("SignedContractValue"));
        }

        Code = values.Code;
        Name = values.Name;
        Kind = values.Kind;
        CounterpartyId = values.CounterpartyId;
        Amount = values.Amount;
        VatRate = values.VatRate;
        NetAmount = MoneyValidation.NetOfVat(values.Amount, values.VatRate);
        RetentionRate = values.RetentionRate;
        ProgressPaymentRate = values.ProgressPaymentRate;
        PaymentDays = values.PaymentDays;
        PaymentTerms = values.PaymentTerms;
        WbsNodeId = values.WbsNodeId;
        CostCodeId = values.CostCodeId;
    }

    public void Sign(DateOnly signedOn)
    {
        if (Status == ContractStatus.InForce)
        {
            throw ValidationFailedException.For("status", Localization.Text.Get("AlreadySigned"));
        }

        Status = ContractStatus.InForce;
        SignedOn = signedOn;
    }
}
