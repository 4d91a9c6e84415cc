namespace Gantry.Core.Funds;

/// <summary>A project's (or the portfolio's) cash flow by month, and the first month with a funding gap, if any.</summary>
public sealed record CashFlow(string Currency, decimal FundingGapThreshold, IReadOnlyList<CashFlowMonth> Months, DateOnly? FirstGap);
