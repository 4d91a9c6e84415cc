namespace Gantry.Core.Funds;

/// <summary>
/// One counterparty's open balance, aged by days since the amount was approved (the day it became
/// due to be paid): 0–30, 31–60, 61–90 and over 90 days.
/// </summary>
public sealed record LedgerRow(Guid CounterpartyId, string Counterparty, decimal Approved, decimal Settled, decimal Outstanding,
    decimal Days0To30, decimal Days31To60, decimal Days61To90, decimal Over90Days);
