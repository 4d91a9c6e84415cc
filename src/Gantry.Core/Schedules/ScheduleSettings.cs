using Gantry.Core.Common;
using Gantry.Scheduling;

namespace Gantry.Core.Schedules;

/// <summary>
/// A project's scheduling options, named as P6 names them, plus the bookkeeping of the last
/// reschedule (project finish, revision) and which baseline the Gantt compares with.
/// </summary>
public sealed class ScheduleSettings : IVersioned, IProjectScoped
{
    private ScheduleSettings()
    {
    }

    /// <summary>One row per project, keyed by the project.</summary>
    public Guid ProjectId { get; private set; }

    public DateTime ProjectStart { get; private set; }

    /// <summary>Status date: remaining work never starts before it.</summary>
    public DateTime DataDate { get; private set; }

    public DateTime? MustFinishBy { get; private set; }

    public FloatType FloatType { get; private set; }

    public long CriticalFloatThresholdMinutes { get; private set; }

    public bool CriticalByLongestPath { get; private set; }

    public ProgressRule ProgressRule { get; private set; }

    public LagCalendarRule LagCalendar { get; private set; }

    public SchedulingConvention Convention { get; private set; }

    public bool MakeOpenEndedActivitiesCritical { get; private set; }

    public bool UseExpectedFinish { get; private set; }

    public bool StartToStartLagFromEarlyStart { get; private set; }

    public Guid? DefaultCalendarId { get; private set; }

    public Guid? ComparisonBaselineId { get; private set; }

    /// <summary>Computed: the project's early finish at the last reschedule.</summary>
    public DateTime? Finish { get; set; }

    /// <summary>Counts reschedules, so a page can tell its copy of the schedule is stale.</summary>
    public int Revision { get; set; }

    public int Version { get; set; }

    public static ScheduleSettings Create(Guid projectId, ScheduleSettingsInput input)
    {
        var settings = new ScheduleSettings { ProjectId = projectId };
        settings.Change(input);
        return settings;
    }

    public ScheduleSettingsInput ToInput() => new()
    {
        ProjectStart = ProjectStart, DataDate = DataDate, MustFinishBy = MustFinishBy, FloatType = FloatType,
        CriticalFloatThresholdMinutes = CriticalFloatThresholdMinutes, CriticalByLongestPath = CriticalByLongestPath,
        ProgressRule = ProgressRule, LagCalendar = LagCalendar, Convention = Convention,
        MakeOpenEndedActivitiesCritical = MakeOpenEndedActivitiesCritical, UseExpectedFinish = UseExpectedFinish,
        StartToStartLagFromEarlyStart = StartToStartLagFromEarlyStart, DefaultCalendarId = DefaultCalendarId, Version = Version,
    };

    public void Change(ScheduleSettingsInput input)
    {
        var v = new Validation();
        var start = v.Required("projectStart", input.ProjectStart);
        var dataDate = input.DataDate ?? start;
        if (input.ProjectStart is { } s && (s.Year < 1950 || s.Year > 2150))
        {
            v.Add("projectStart", "NotAllowedValue");
        }

        if (dataDate.Year < 1950 || dataDate.Year > 2150)
        {
            v.Add("dataDate", "NotAllowedValue");
        }

        var floatType = v.Enum<FloatType>("floatType", input.FloatType ?? FloatType.Finish);
        var progress = v.Enum<ProgressRule>("progressRule", input.ProgressRule ?? ProgressRule.RetainedLogic);
        var lagCalendar = v.Enum<LagCalendarRule>("lagCalendar", input.LagCalendar ?? LagCalendarRule.Predecessor);
        var convention = v.Enum<SchedulingConvention>("convention", input.Convention ?? SchedulingConvention.PrimaveraP6);
        var threshold = input.CriticalFloatThresholdMinutes ?? 0;
        if (Math.Abs(threshold) > Activity.MaxDurationMinutes)
        {
            v.Add("criticalFloatThresholdMinutes", "TooLarge");
        }

        v.ThrowIfAny();
        ProjectStart = Activity.Wall(start)!.Value;
        DataDate = Activity.Wall(dataDate)!.Value;
        MustFinishBy = Activity.Wall(input.MustFinishBy);
        FloatType = floatType;
        CriticalFloatThresholdMinutes = threshold;
        CriticalByLongestPath = input.CriticalByLongestPath ?? false;
        ProgressRule = progress;
        LagCalendar = lagCalendar;
        Convention = convention;
        MakeOpenEndedActivitiesCritical = input.MakeOpenEndedActivitiesCritical ?? false;
        UseExpectedFinish = input.UseExpectedFinish ?? false;
        StartToStartLagFromEarlyStart = input.StartToStartLagFromEarlyStart ?? false;
        DefaultCalendarId = input.DefaultCalendarId;
    }

    public void CompareWith(Guid? baselineId) => ComparisonBaselineId = baselineId;

    public ScheduleOptions ToOptions() => new()
    {
        ProjectStart = ProjectStart,
        DataDate = DataDate,
        MustFinishBy = MustFinishBy,
        ProgressRule = ProgressRule,
        FloatType = FloatType,
        LagCalendar = LagCalendar,
        CriticalFloatThresholdMinutes = CriticalFloatThresholdMinutes,
        CriticalByLongestPath = CriticalByLongestPath,
        DefaultCalendarId = DefaultCalendarId?.ToString(),
        Convention = Convention,
        MakeOpenEndedActivitiesCritical = MakeOpenEndedActivitiesCritical,
        UseExpectedFinish = UseExpectedFinish,
        StartToStartLagFromEarlyStart = StartToStartLagFromEarlyStart,
    };
}
