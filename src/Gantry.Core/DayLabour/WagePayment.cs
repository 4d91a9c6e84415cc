using Gantry.Core.Common;

namespace Gantry.Core.DayLabour;

/// <summary>
/// Wages paid to one worker for one month's day labour. Kept per worker because unpaid migrant
/// wages are a legal liability of the general contractor in China (保障农民工工资支付条例).
/// </summary>
public sealed class WagePayment : IProjectScoped
{
    private WagePayment()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid WorkerId { get; private set; }

    /// <summary>First day of the month the wages were earned in.</summary>
    public DateOnly Month { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly PaidOn { get; private set; }

    public Guid RecordedBy { get; private set; }

    /// <summary>The payment this one reverses (a reversal is a negated payment, never a deletion).</summary>
    public Guid? ReversesId { get; private set; }

    public bool IsReversed { get; private set; }

    public static WagePayment Create(Guid projectId, Guid workerId, DateOnly month, decimal amount, DateOnly paidOn, Guid recordedBy) =>
        new()
        {
            Id = Guid.CreateVersion7(), ProjectId = projectId, WorkerId = workerId, Month = new DateOnly(month.Year, month.Month, 1),
            Amount = amount, PaidOn = paidOn, RecordedBy = recordedBy,
        };

    public WagePayment Reverse(DateOnly on, Guid userId)
    {
        if (IsReversed || ReversesId is not null)
        {
            throw ValidationFailedException.For("paymentId", Localization.Text.Get("AlreadyReversed"));
        }

        IsReversed = true;
        var reversal = Create(ProjectId, WorkerId, Month, -Amount, on, userId);
        reversal.ReversesId = Id;
        return reversal;
    }
}
