using Gantry.Scheduling;

namespace Gantry.Core.Schedules;

/// <summary>The scheduling options as the planner sets them; null takes P6's default.</summary>
public sealed record ScheduleSettingsInput
{
    public DateTime? ProjectStart { get; init; }

    public DateTime? DataDate { get; init; }

    public DateTime? MustFinishBy { get; init; }

    public FloatType? FloatType { get; init; }

    public long? CriticalFloatThresholdMinutes { get; init; }

    public bool? CriticalByLongestPath { get; init; }

    public ProgressRule? ProgressRule { get; init; }

    public LagCalendarRule? LagCalendar { get; init; }

    public SchedulingConvention? Convention { get; init; }

    public bool? MakeOpenEndedActivitiesCritical { get; init; }

    public bool? UseExpectedFinish { get; init; }

    public bool? StartToStartLagFromEarlyStart { get; init; }

    public Guid? DefaultCalendarId { get; init; }

    public int? Version { get; init; }
}
