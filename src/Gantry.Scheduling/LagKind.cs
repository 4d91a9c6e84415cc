namespace Gantry.Scheduling;

/// <summary>How a relationship's lag is measured.</summary>
public enum LagKind
{
    /// <summary>Working minutes on the lag calendar (see <see cref="LagCalendarRule"/>).</summary>
    Working,

    /// <summary>Calendar (elapsed) minutes, weekends and holidays included (MS Project "edays").</summary>
    Elapsed,

    /// <summary>Percent of the predecessor's duration, in its working time (MS Project).</summary>
    Percent,
}
