namespace Gantry.Core.Funds;

/// <summary>
/// One month of cash: planned and actual in and out, and the cumulative net. <see cref="ForecastCumulative"/>
/// uses actual figures up to the current month and planned ones after it; <see cref="FundingGap"/> is
/// set when it falls below the project's threshold.
/// </summary>
public sealed record CashFlowMonth(DateOnly Month, decimal PlannedIn, decimal PlannedOut, decimal ActualIn, decimal ActualOut,
    decimal PlannedCumulative, decimal ActualCumulative, decimal ForecastCumulative, bool FundingGap);
