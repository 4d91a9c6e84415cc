using Gantry.Scheduling;

namespace Gantry.Core.Schedules;

/// <summary>
/// A partial edit of an activity: fields left null keep their value; <see cref="Clear"/> names the
/// fields to empty (e.g. "actualStart", "constraint", "deadline"). <see cref="Version"/> is required.
/// </summary>
public sealed record ActivityPatch
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public Guid? WbsId { get; init; }

    public int? SortOrder { get; init; }

    public ActivityType? Type { get; init; }

    public Guid? CalendarId { get; init; }

    public long? OriginalDurationMinutes { get; init; }

    public long? RemainingDurationMinutes { get; init; }

    public double? PercentComplete { get; init; }

    public DateTime? ActualStart { get; init; }

    public DateTime? ActualFinish { get; init; }

    public DateTime? SuspendDate { get; init; }

    public DateTime? ResumeDate { get; init; }

    public ConstraintType? ConstraintType { get; init; }

    public DateTime? ConstraintDate { get; init; }

    public DateTime? Deadline { get; init; }

    public Guid? ResponsibleOrganisationId { get; init; }

    public Guid? ResponsiblePersonId { get; init; }

    public DateTime? ContractualDate { get; init; }

    public bool? IsKeyMilestone { get; init; }

    public IReadOnlyList<string>? Clear { get; init; }

    public int? Version { get; init; }

    /// <summary>Field names <see cref="Clear"/> accepts.</summary>
    public static readonly IReadOnlySet<string> ClearableFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "wbsId", "calendarId", "remainingDurationMinutes", "actualStart", "actualFinish", "suspendDate", "resumeDate", "constraint",
        "secondaryConstraint", "deadline", "responsibleOrganisationId", "responsiblePersonId", "contractualDate",
    };

    public ActivityInput ApplyTo(ActivityInput current)
    {
        var clear = new HashSet<string>(Clear ?? [], StringComparer.Ordinal);
        return current with
        {
            Code = Code ?? current.Code,
            Name = Name ?? current.Name,
            WbsId = clear.Contains("wbsId") ? null : WbsId ?? current.WbsId,
            SortOrder = SortOrder ?? current.SortOrder,
            Type = Type ?? current.Type,
            CalendarId = clear.Contains("calendarId") ? null : CalendarId ?? current.CalendarId,
            // A new planned duration on a not-started activity is also its remaining duration.
            OriginalDurationMinutes = OriginalDurationMinutes ?? current.OriginalDurationMinutes,
            RemainingDurationMinutes = clear.Contains("remainingDurationMinutes") ? null
                : RemainingDurationMinutes ?? (OriginalDurationMinutes is not null && current.ActualStart is null ? null : current.RemainingDurationMinutes),
            PercentComplete = PercentComplete ?? current.PercentComplete,
            ActualStart = clear.Contains("actualStart") ? null : ActualStart ?? current.ActualStart,
            ActualFinish = clear.Contains("actualFinish") ? null : ActualFinish ?? current.ActualFinish,
            SuspendDate = clear.Contains("suspendDate") ? null : SuspendDate ?? current.SuspendDate,
            ResumeDate = clear.Contains("resumeDate") ? null : ResumeDate ?? current.ResumeDate,
            ConstraintType = clear.Contains("constraint") ? null : ConstraintType ?? current.ConstraintType,
            ConstraintDate = clear.Contains("constraint") ? null : ConstraintDate ?? current.ConstraintDate,
            SecondaryConstraintType = clear.Contains("secondaryConstraint") ? null : current.SecondaryConstraintType,
            SecondaryConstraintDate = clear.Contains("secondaryConstraint") ? null : current.SecondaryConstraintDate,
            Deadline = clear.Contains("deadline") ? null : Deadline ?? current.Deadline,
            ResponsibleOrganisationId = clear.Contains("responsibleOrganisationId") ? null : ResponsibleOrganisationId ?? current.ResponsibleOrganisationId,
            ResponsiblePersonId = clear.Contains("responsiblePersonId") ? null : ResponsiblePersonId ?? current.ResponsiblePersonId,
            ContractualDate = clear.Contains("contractualDate") ? null : ContractualDate ?? current.ContractualDate,
            IsKeyMilestone = IsKeyMilestone ?? current.IsKeyMilestone,
            Version = Version,
        };
    }
}
