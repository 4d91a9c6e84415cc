using System.Text.Json.Serialization;
using Gantry.Scheduling;

namespace Gantry.Core.Schedules;

/// <summary>
/// The schedule document the schedule page and the Gantt load (docs contract.md): dates are project
/// wall-clock times, durations and floats working minutes, <see cref="Version"/> the schedule revision.
/// </summary>
public sealed record SchedulePayload(
    Guid ProjectId,
    string ProjectCode,
    DateTime DataDate,
    int Version,
    int MinutesPerDay,
    DateTime? Finish,
    Guid? ComparisonBaselineId,
    IReadOnlyList<WbsPayload> Wbs,
    IReadOnlyList<ActivityPayload> Activities,
    IReadOnlyList<LinkPayload> Links,
    IReadOnlyList<CalendarSummary> Calendars);

public sealed record WbsPayload(Guid Id, Guid? ParentId, string Code, string Name, int SortOrder, int Version);

/// <summary>Constraint types are written as P6 names them ("StartNoEarlierThan"), as the schedule contract says.</summary>
public sealed record ConstraintPayload([property: JsonConverter(typeof(JsonStringEnumConverter<ConstraintType>))] ConstraintType Type, DateTime? Date);

public sealed record ActivityPayload
{
    public required Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public Guid? WbsId { get; init; }

    public int SortOrder { get; init; }

    /// <summary>Task, StartMilestone, FinishMilestone, LevelOfEffort or WbsSummary, in the contract's spelling.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<ActivityType>))]
    public ActivityType Type { get; init; }

    public Guid? CalendarId { get; init; }

    public long OriginalDurationMinutes { get; init; }

    public long RemainingDurationMinutes { get; init; }

    public double PercentComplete { get; init; }

    public DateTime? Start { get; init; }

    public DateTime? Finish { get; init; }

    public DateTime? EarlyStart { get; init; }

    public DateTime? EarlyFinish { get; init; }

    public DateTime? LateStart { get; init; }

    public DateTime? LateFinish { get; init; }

    public DateTime? ActualStart { get; init; }

    public DateTime? ActualFinish { get; init; }

    public long? TotalFloatMinutes { get; init; }

    public long? FreeFloatMinutes { get; init; }

    public bool Critical { get; init; }

    public DateTime? BaselineStart { get; init; }

    public DateTime? BaselineFinish { get; init; }

    public ConstraintPayload? Constraint { get; init; }

    public DateTime? Deadline { get; init; }

    public Guid? ResponsibleOrganisationId { get; init; }

    public string? ResponsibleOrganisationName { get; init; }

    public Guid? ResponsiblePersonId { get; init; }

    /// <summary>The contractual milestone date (合同节点日期), if one is agreed.</summary>
    public DateTime? ContractualDate { get; init; }

    public bool IsKeyMilestone { get; init; }

    public int Version { get; init; }

    /// <summary>The row as the document shows it; the same mapping serves the whole document and an edit's changed rows.</summary>
    public static ActivityPayload Of(Activity a, IReadOnlyDictionary<Guid, string> organisations, BaselineActivity? baseline) => new()
    {
        Id = a.Id,
        Code = a.Code,
        Name = a.Name,
        WbsId = a.WbsId,
        SortOrder = a.SortOrder,
        Type = a.Type,
        CalendarId = a.CalendarId,
        OriginalDurationMinutes = a.OriginalDurationMinutes,
        RemainingDurationMinutes = a.ActualFinish is not null ? 0 : a.RemainingDurationMinutes ?? a.OriginalDurationMinutes,
        PercentComplete = a.PercentComplete,
        Start = a.Start,
        Finish = a.Finish,
        EarlyStart = a.EarlyStart,
        EarlyFinish = a.EarlyFinish,
        LateStart = a.LateStart,
        LateFinish = a.LateFinish,
        ActualStart = a.ActualStart,
        ActualFinish = a.ActualFinish,
        TotalFloatMinutes = a.TotalFloatMinutes,
        FreeFloatMinutes = a.FreeFloatMinutes,
        Critical = a.Critical,
        BaselineStart = baseline?.Start,
        BaselineFinish = baseline?.Finish,
        Constraint = a.ConstraintType is { } type ? new ConstraintPayload(type, a.ConstraintDate) : null,
        Deadline = a.Deadline,
        ResponsibleOrganisationId = a.ResponsibleOrganisationId,
        ResponsibleOrganisationName = a.ResponsibleOrganisationId is { } o ? organisations.GetValueOrDefault(o) : null,
        ResponsiblePersonId = a.ResponsiblePersonId,
        ContractualDate = a.ContractualDate,
        IsKeyMilestone = a.IsKeyMilestone,
        Version = a.Version,
    };
}

/// <summary>A link; <see cref="Type"/> is written FS, SS, FF or SF as planners say it.</summary>
public sealed record LinkPayload(Guid Id, Guid PredecessorId, Guid SuccessorId, string Type, double LagMinutes, LagKind LagKind, bool Driving, int Version)
{
    public static LinkPayload Of(ActivityLink l) => new(l.Id, l.PredecessorId, l.SuccessorId, Abbreviation(l.Type), l.Lag, l.LagKind, l.Driving, l.Version);

    public static string Abbreviation(RelationshipType type) => type switch
    {
        RelationshipType.StartToStart => "SS",
        RelationshipType.FinishToFinish => "FF",
        RelationshipType.StartToFinish => "SF",
        _ => "FS",
    };
}

public sealed record CalendarSummary(Guid Id, string Name, Guid? BaseCalendarId, bool IncludeChinaHolidays, int MinutesPerDay, CalendarRules Rules, int Version);
