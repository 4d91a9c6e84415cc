namespace Gantry.Core.Funds;

/// <summary>One payment on a request: a reversal has a negative amount and names the payment it reverses.</summary>
public sealed record PaymentSummary(Guid Id, decimal Amount, DateOnly PaidOn, string? OverrideReason, Guid? ReversesId, bool IsReversed,
    Guid RecordedBy);
