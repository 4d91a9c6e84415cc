namespace Gantry.Core.Plans;

/// <summary>What the site engineer reports on a task: how much is done and when it started and finished.</summary>
public sealed record PlanProgressInput
{
    public double? PercentComplete { get; init; }

    public DateOnly? ActualStart { get; init; }

    public DateOnly? ActualFinish { get; init; }

    public int? Version { get; init; }
}
