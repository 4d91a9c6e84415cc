using Gantry.Core.Common;

namespace Gantry.Core.Funds;

/// <summary>
/// A progress payment application to the owner (工程款申请): the value measured up to a date, the
/// value the owner (or the supervisor) certified, the deductions, and the net due. Receipts against
/// it are separate records, so a part payment and a reversal each leave a trace.
/// </summary>
public sealed class PaymentApplication : IVersioned, IProjectScoped
{
    public const int InvoiceMaxLength = 50;

    private PaymentApplication()
    {
        InvoiceNumber = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid ContractId { get; private set; }

    public int Number { get; private set; }

    /// <summary>Work measured up to and including this day.</summary>
    public DateOnly PeriodEnd { get; private set; }

    public decimal MeasuredAmount { get; private set; }

    public decimal ApprovedAmount { get; private set; }

    public decimal RetentionDeduction { get; private set; }

    public decimal AdvanceRecovery { get; private set; }

    /// <summary>Approved less retention and advance recovery: what the owner owes for this application.</summary>
    public decimal NetDue { get; private set; }

    public DateOnly? ApprovedOn { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public string InvoiceNumber { get; private set; }

    public decimal InvoiceAmount { get; private set; }

    public DateOnly? InvoicedOn { get; private set; }

    public int Version { get; set; }

    public static PaymentApplication Create(Guid projectId, Guid contractId, int number, DateOnly periodEnd, decimal measured) => new()
    {
        Id = Guid.CreateVersion7(), ProjectId = projectId, ContractId = contractId, Number = number, PeriodEnd = periodEnd,
        MeasuredAmount = measured, Status = ApplicationStatus.Submitted,
    };

    public void Approve(decimal approved, decimal retention, decimal advanceRecovery, DateOnly approvedOn)
    {
        if (Status != ApplicationStatus.Submitted)
        {
            throw ValidationFailedException.For("status", Localization.Text.Get("AlreadyDecided"));
        }

        ApprovedAmount = approved;
        RetentionDeduction = retention;
        AdvanceRecovery = advanceRecovery;
        NetDue = approved - retention - advanceRecovery;
        ApprovedOn = approvedOn;
        Status = ApplicationStatus.Approved;
    }

    public void RecordInvoice(string number, decimal amount, DateOnly on)
    {
        InvoiceNumber = number;
        InvoiceAmount = amount;
        InvoicedOn = on;
    }
}
