using Gantry.Interchange.Health;

namespace Gantry.Web.Schedule;

/// <summary>One check as shown: texts in the user's language, offenders with their names.</summary>
public sealed record ScheduleHealthCheckView
{
    public required int Number { get; init; }

    public required HealthMetric Metric { get; init; }

    public required string Name { get; init; }

    public required string Threshold { get; init; }

    public required HealthStatus Status { get; init; }

    public required string StatusText { get; init; }

    public double? Figure { get; init; }

    public required string FigureText { get; init; }

    public int? Count { get; init; }

    public int? Population { get; init; }

    public string? Detail { get; init; }

    public required IReadOnlyList<ScheduleHealthOffender> Offenders { get; init; }
}
