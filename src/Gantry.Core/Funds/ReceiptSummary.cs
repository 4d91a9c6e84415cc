namespace Gantry.Core.Funds;

/// <summary>One receipt on an application: a reversal has a negative amount and names the receipt it reverses.</summary>
public sealed record ReceiptSummary(Guid Id, decimal Amount, DateOnly ReceivedOn, string? OverrideReason, Guid? ReversesId, bool IsReversed,
    Guid RecordedBy);
