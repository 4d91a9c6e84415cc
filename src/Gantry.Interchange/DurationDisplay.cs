namespace Gantry.Interchange;

/// <summary>
/// How a duration or lag is shown: its unit, whether it runs in elapsed (calendar) time, and
/// whether the planner marked it as an estimate (MS Project's "?"). Writers need it to give the
/// planner back "2w" rather than "80h".
/// </summary>
public readonly record struct DurationDisplay(DurationUnit Unit, bool Elapsed = false, bool Estimated = false)
{
    /// <summary>Working days, the default of both P6 and MS Project.</summary>
    public static DurationDisplay Days => new(DurationUnit.Days);
}
