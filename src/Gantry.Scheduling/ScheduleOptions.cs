namespace Gantry.Scheduling;

/// <summary>The scheduling options of one run, named as P6 and MS Project name them.</summary>
public sealed class ScheduleOptions
{
    /// <summary>Project planned start: nothing unconstrained starts earlier.</summary>
    public required DateTime ProjectStart { get; init; }

    /// <summary>Status date; remaining work never starts before it. Null means the project start.</summary>
    public DateTime? DataDate { get; init; }

    /// <summary>Project must finish by: late dates of open ends are pulled to it.</summary>
    public DateTime? MustFinishBy { get; init; }

    public ProgressRule ProgressRule { get; init; } = ProgressRule.RetainedLogic;

    public FloatType FloatType { get; init; } = FloatType.Finish;

    public LagCalendarRule LagCalendar { get; init; } = LagCalendarRule.Predecessor;

    /// <summary>Activities with total float at or below this are critical (P6 default 0).</summary>
    public long CriticalFloatThresholdMinutes { get; init; }

    /// <summary>P6 "critical = longest path" instead of the float threshold.</summary>
    public bool CriticalByLongestPath { get; init; }

    /// <summary>Calendar for activities without one, and for the project-default lag rule.</summary>
    public string? DefaultCalendarId { get; init; }

    public SchedulingConvention Convention { get; init; } = SchedulingConvention.PrimaveraP6;

    /// <summary>P6 "make open-ended activities critical": open ends take the latest project finish.</summary>
    public bool MakeOpenEndedActivitiesCritical { get; init; }

    /// <summary>P6 "use expected end dates" for remaining durations.</summary>
    public bool UseExpectedFinish { get; init; }

    /// <summary>P6 "calculate start-to-start lag from early start" (else from actual start).</summary>
    public bool StartToStartLagFromEarlyStart { get; init; }

    /// <summary>How many float paths to number (P6 free-float method); 0 computes none.</summary>
    public int FloatPathCount { get; init; }
}
