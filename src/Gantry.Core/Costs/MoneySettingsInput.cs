namespace Gantry.Core.Costs;

/// <summary>Change the thresholds; <see cref="FundingGapThreshold"/> may be negative (an overdraft the company accepts).</summary>
public sealed record MoneySettingsInput
{
    public decimal? OverrunWarningRate { get; init; }

    public decimal? FundingGapThreshold { get; init; }

    public int? Version { get; init; }
}
