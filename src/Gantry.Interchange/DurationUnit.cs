namespace Gantry.Interchange;

/// <summary>The unit a planner sees a duration or lag in; the value itself is always kept in minutes (or percent).</summary>
public enum DurationUnit
{
    Minutes,
    Hours,
    Days,
    Weeks,
    Months,

    /// <summary>A lag as a percentage of the predecessor's duration (MS Project only).</summary>
    Percent,
}
