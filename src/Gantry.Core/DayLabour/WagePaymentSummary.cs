namespace Gantry.Core.DayLabour;

/// <summary>One wage payment (or reversal, negated) made on the wage sheet.</summary>
public sealed record WagePaymentSummary(Guid Id, Guid WorkerId, string WorkerName, DateOnly Month, decimal Amount, DateOnly PaidOn,
    Guid? ReversesId, bool IsReversed);
