using System.Globalization;

namespace Gantry.Interchange.Health;

/// <summary>Builds the result records: names and thresholds from resources, verdicts from the figures.</summary>
internal static class HealthResults
{
    /// <summary>A count check: pass when offenders are at most <paramref name="maxPercent"/> of the population.</summary>
    public static HealthCheckResult Share(HealthMetric metric, IReadOnlyList<string> offenders, int population, double maxPercent, string emptyReason)
    {
        if (population == 0)
        {
            return NotAssessed(metric, emptyReason);
        }

        double percent = 100.0 * offenders.Count / population;
        return Result(metric, percent <= maxPercent + 1e-9 ? HealthStatus.Pass : HealthStatus.Fail, Math.Round(percent, 2), offenders, population);
    }

    public static HealthCheckResult Result(HealthMetric metric, HealthStatus status, double figure, IReadOnlyList<string> offenders, int population, string? detail = null) => new()
    {
        Metric = metric,
        Name = Name(metric),
        Threshold = Threshold(metric),
        Status = status,
        Figure = figure,
        Count = offenders.Count,
        Population = population,
        Offenders = offenders,
        Detail = detail ?? HealthTexts.Format("CountDetail", offenders.Count.ToString(CultureInfo.InvariantCulture), population.ToString(CultureInfo.InvariantCulture)),
    };

    public static HealthCheckResult NotAssessed(HealthMetric metric, string reason) => new()
    {
        Metric = metric,
        Name = Name(metric),
        Threshold = Threshold(metric),
        Status = HealthStatus.NotAssessed,
        Detail = reason,
    };

    public static string Name(HealthMetric metric) => HealthTexts.Get("Metric" + ((int)metric).ToString(CultureInfo.InvariantCulture));

    public static string Threshold(HealthMetric metric) => HealthTexts.Get("Threshold" + ((int)metric).ToString(CultureInfo.InvariantCulture));

    /// <summary>Days with up to two decimals, invariant, for details.</summary>
    public static string Days(double days) => Math.Round(days, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
