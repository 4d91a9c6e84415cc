using System.Globalization;
using Gantry.Interchange;
using Gantry.Interchange.Health;

namespace Gantry.Web.Schedule;

/// <summary>
/// What the health-check page and API show: the 14 checks with their offenders named, and the
/// import notes. Built from an assessment and the schedule it assessed, whatever that schedule
/// came from (an uploaded file today, the project's stored schedule later).
/// </summary>
public sealed record ScheduleHealthReport
{
    public required string Source { get; init; }

    public required string WrittenBy { get; init; }

    public required DateTime DataDate { get; init; }

    public required int IncompleteTasks { get; init; }

    public required int Passed { get; init; }

    public required int Failed { get; init; }

    public required int NotAssessed { get; init; }

    /// <summary>"12 passed, 1 failed …" in the request's language.</summary>
    public required string Summary { get; init; }

    public required IReadOnlyList<ScheduleHealthCheckView> Checks { get; init; }

    public required IReadOnlyList<ImportNote> Notes { get; init; }

    public static ScheduleHealthReport From(HealthAssessment assessment, ImportedSchedule schedule)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in schedule.Network.Activities)
        {
            if (a.Code is { } code)
            {
                names.TryAdd(code, a.Name ?? string.Empty);
            }
        }

        return new ScheduleHealthReport
        {
            Source = Path.GetFileName(assessment.Source),
            WrittenBy = schedule.WrittenBy,
            DataDate = assessment.DataDate,
            IncompleteTasks = assessment.IncompleteTasks,
            Passed = assessment.Passed,
            Failed = assessment.Failed,
            NotAssessed = assessment.NotAssessed,
            Summary = HealthReportText.Summary(assessment),
            Checks = [.. assessment.Checks.Select(c => new ScheduleHealthCheckView
            {
                Number = c.Number,
                Metric = c.Metric,
                Name = c.Name,
                Threshold = c.Threshold,
                Status = c.Status,
                StatusText = HealthReportText.Status(c.Status),
                Figure = c.Figure,
                FigureText = FigureText(c),
                Count = c.Count,
                Population = c.Population,
                Detail = c.Detail,
                Offenders = [.. c.Offenders.Select(o => new ScheduleHealthOffender(o, names.GetValueOrDefault(o)))],
            })],
            Notes = schedule.Notes,
        };
    }

    /// <summary>Percent for the count checks, an index for CPLI and BEI, days for the critical path test.</summary>
    private static string FigureText(HealthCheckResult check) => check.Figure is not { } f ? "–"
        : check.Metric is HealthMetric.CriticalPathLengthIndex or HealthMetric.BaselineExecutionIndex ? f.ToString("0.000", CultureInfo.InvariantCulture)
        : check.Metric == HealthMetric.CriticalPathTest ? f.ToString("0.##", CultureInfo.InvariantCulture) + " d"
        : f.ToString("0.00", CultureInfo.InvariantCulture) + " %";
}
