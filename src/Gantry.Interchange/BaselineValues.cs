namespace Gantry.Interchange;

/// <summary>
/// One saved baseline of an activity (MS Project keeps baselines 0–10; 0 is the one its variance
/// columns use). Durations and work are minutes.
/// </summary>
public sealed record BaselineValues
{
    public required int Number { get; init; }
    public DateTime? Start { get; init; }
    public DateTime? Finish { get; init; }
    public decimal? DurationMinutes { get; init; }
    public decimal? WorkMinutes { get; init; }
    public decimal? Cost { get; init; }
}
