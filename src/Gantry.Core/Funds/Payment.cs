using Gantry.Core.Common;

namespace Gantry.Core.Funds;

/// <summary>Money paid against an approved request. Never deleted: a mistake is reversed by a negated payment.</summary>
public sealed class Payment : IProjectScoped
{
    private Payment()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid RequestId { get; private set; }

    /// <summary>Copied from the request, so ledgers and permission filters need no join.</summary>
    public Guid PayeeId { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly PaidOn { get; private set; }

    public Guid? ReversesId { get; private set; }

    public bool IsReversed { get; private set; }

    /// <summary>Why more than the approved amount was paid, when it was.</summary>
    public string? OverrideReason { get; private set; }

    public Guid RecordedBy { get; private set; }

    public static Payment Create(PaymentRequest request, decimal amount, DateOnly paidOn, string? overrideReason, Guid userId) => new()
    {
        Id = Guid.CreateVersion7(), ProjectId = request.ProjectId, RequestId = request.Id, PayeeId = request.PayeeId, Amount = amount,
        PaidOn = paidOn, OverrideReason = overrideReason, RecordedBy = userId,
    };

    public Payment Reverse(PaymentRequest request, DateOnly on, Guid userId)
    {
        if (IsReversed || ReversesId is not null)
        {
            throw ValidationFailedException.For("id", Localization.Text.Get("AlreadyReversed"));
        }

        IsReversed = true;
        var reversal = Create(request, -Amount, on, null, userId);
        reversal.ReversesId = Id;
        return reversal;
    }
}
