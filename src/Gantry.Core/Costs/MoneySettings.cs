using Gantry.Core.Common;

namespace Gantry.Core.Costs;

/// <summary>A project's money thresholds: when the cost report warns of an overrun and the cash flow of a funding gap.</summary>
public sealed class MoneySettings : IVersioned, IProjectScoped
{
    public const decimal DefaultOverrunWarningRate = 0.05m;

    private MoneySettings()
    {
    }

    public Guid ProjectId { get; private set; }

    /// <summary>Warn when actual or forecast cost passes budget by more than this share (0.05 = 5 %).</summary>
    public decimal OverrunWarningRate { get; private set; }

    /// <summary>Warn when cumulative net cash (received − paid) is forecast below this amount.</summary>
    public decimal FundingGapThreshold { get; private set; }

    public int Version { get; set; }

    public static MoneySettings Default(Guid projectId) =>
        new() { ProjectId = projectId, OverrunWarningRate = DefaultOverrunWarningRate, FundingGapThreshold = 0m };

    public void Change(decimal overrunWarningRate, decimal fundingGapThreshold)
    {
        OverrunWarningRate = overrunWarningRate;
        FundingGapThreshold = fundingGapThreshold;
    }
}
