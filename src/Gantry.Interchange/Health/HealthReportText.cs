using System.Globalization;

namespace Gantry.Interchange.Health;

/// <summary>The words of a health report around the checks, from the same resources, for the CLI and the app.</summary>
public static class HealthReportText
{
    public static string Title => HealthTexts.Get("Title");

    public static string Offenders => HealthTexts.Get("Offenders");

    public static string Status(HealthStatus status) => HealthTexts.Get(status.ToString());

    public static string More(int count) => HealthTexts.Format("More", count.ToString(CultureInfo.InvariantCulture));

    public static string Summary(HealthAssessment a) => HealthTexts.Format(
        "Summary",
        a.Passed.ToString(CultureInfo.InvariantCulture),
        a.Failed.ToString(CultureInfo.InvariantCulture),
        a.NotAssessed.ToString(CultureInfo.InvariantCulture),
        a.IncompleteTasks.ToString(CultureInfo.InvariantCulture),
        a.DataDate.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
}
