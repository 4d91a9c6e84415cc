using Gantry.Core.Common;
using Gantry.Scheduling;

namespace Gantry.Core.Schedules;

/// <summary>
/// One activity of a project's schedule: what the planner enters (duration, calendar, constraints,
/// progress, who is responsible) and what the engine computed at the last reschedule.
/// </summary>
public sealed partial class Activity : IVersioned, IProjectScoped
{
    public const int CodeMaxLength = 60;
    public const int NameMaxLength = 500;

    /// <summary>The XER reader's own limit (about 1,900 years of minutes): cost-loaded placeholders in real files come close.</summary>
    public const long MaxDurationMinutes = 1_000_000_000;

    private Activity()
    {
        Code = Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public Guid? WbsId { get; private set; }

    public int SortOrder { get; private set; }

    public ActivityType Type { get; private set; }

    public Guid? CalendarId { get; private set; }

    public long OriginalDurationMinutes { get; private set; }

    /// <summary>Null: not started, the remaining duration is the original one.</summary>
    public long? RemainingDurationMinutes { get; private set; }

    /// <summary>Duration runs in calendar time (MS Project "edays"); kept from imports.</summary>
    public bool ElapsedDuration { get; private set; }

    public double PercentComplete { get; private set; }

    public DateTime? ActualStart { get; private set; }

    public DateTime? ActualFinish { get; private set; }

    public DateTime? SuspendDate { get; private set; }

    public DateTime? ResumeDate { get; private set; }

    public ConstraintType? ConstraintType { get; private set; }

    public DateTime? ConstraintDate { get; private set; }

    public ConstraintType? SecondaryConstraintType { get; private set; }

    public DateTime? SecondaryConstraintDate { get; private set; }

    public DateTime? Deadline { get; private set; }

    /// <summary>P6 expected finish; kept from imports.</summary>
    public DateTime? ExpectedFinish { get; private set; }

    /// <summary>The WBS summary activity (P6 TT_WBS) this one rolls up into; kept from imports.</summary>
    public Guid? SummaryActivityId { get; private set; }

    /// <summary>Resource assignments on their own calendars (JSON of <see cref="AssignmentRule"/>), kept from imports because they set dates.</summary>
    public string? AssignmentsJson { get; private set; }

    public Guid? ResponsibleOrganisationId { get; private set; }

    public Guid? ResponsiblePersonId { get; private set; }

    /// <summary>The date the contract binds us to (合同节点日期); only compared with, never scheduled to, so it cannot hide a slip.</summary>
    public DateTime? ContractualDate { get; private set; }

    /// <summary>A task the planner reports with the milestones (e.g. "roof watertight"), besides the milestone activities themselves.</summary>
    public bool IsKeyMilestone { get; private set; }

    /// <summary>Shown on the milestones page: every milestone activity, and any activity flagged key.</summary>
    public bool IsReportedMilestone => IsMilestone || IsKeyMilestone;

    public int Version { get; set; }

    public bool IsMilestone => Type is ActivityType.StartMilestone or ActivityType.FinishMilestone;

    /// <summary>Current start as the Gantt shows it: actual where known, else early.</summary>
    public DateTime? Start => ActualStart ?? EarlyStart;

    /// <summary>Current finish: actual where known, else early.</summary>
    public DateTime? Finish => ActualFinish ?? EarlyFinish;

    public static Activity Create(Guid projectId, ActivityInput input, Guid? id = null)
    {
        var activity = new Activity { Id = id ?? Guid.CreateVersion7(), ProjectId = projectId };
        activity.Change(input);
        return activity;
    }

    /// <summary>The current values as an input, so a partial edit can overlay only what it changes.</summary>
    public ActivityInput ToInput() => new()
    {
        Code = Code, Name = Name, WbsId = WbsId, SortOrder = SortOrder, Type = Type, CalendarId = CalendarId,
        OriginalDurationMinutes = OriginalDurationMinutes, RemainingDurationMinutes = RemainingDurationMinutes,
        PercentComplete = PercentComplete, ActualStart = ActualStart, ActualFinish = ActualFinish, SuspendDate = SuspendDate,
        ResumeDate = ResumeDate, ConstraintType = ConstraintType, ConstraintDate = ConstraintDate,
        SecondaryConstraintType = SecondaryConstraintType, SecondaryConstraintDate = SecondaryConstraintDate, Deadline = Deadline,
        ResponsibleOrganisationId = ResponsibleOrganisationId, ResponsiblePersonId = ResponsiblePersonId,
        ContractualDate = ContractualDate, IsKeyMilestone = IsKeyMilestone, Version = Version,
    };

    public void Change(ActivityInput input)
    {
        var v = new Validation();
        var code = v.Trimmed("code", input.Code, CodeMaxLength);
        var name = v.Trimmed("name", input.Name, NameMaxLength);
        var type = v.Enum<ActivityType>("type", input.Type ?? ActivityType.Task);
        var original = input.OriginalDurationMinutes ?? 0;
        CheckDuration(v, "originalDurationMinutes", original);
        if (input.RemainingDurationMinutes is { } remaining)
        {
            CheckDuration(v, "remainingDurationMinutes", remaining);
        }

        var percent = input.PercentComplete ?? 0;
        if (double.IsNaN(percent) || percent is < 0 or > 100)
        {
            v.Add("percentComplete", "PercentRange");
        }

        if (input.ActualFinish is not null && input.ActualStart is null)
        {
            v.Add("actualStart", "Required");
        }
        else if (input.ActualFinish < input.ActualStart)
        {
            v.Add("actualFinish", "FinishBeforeStart", Validation.Label("actualStart"));
        }

        if (input.ResumeDate is not null && input.SuspendDate is not null && input.ResumeDate < input.SuspendDate)
        {
            v.Add("resumeDate", "FinishBeforeStart", Validation.Label("suspendDate"));
        }

        CheckDatesInRange(v, ("actualStart", input.ActualStart), ("actualFinish", input.ActualFinish), ("suspendDate", input.SuspendDate),
            ("resumeDate", input.ResumeDate), ("constraintDate", input.ConstraintDate), ("secondaryConstraintDate", input.SecondaryConstraintDate),
            ("deadline", input.Deadline), ("contractualDate", input.ContractualDate));
        var constraint = CheckConstraint(v, "constraintType", "constraintDate", input.ConstraintType, input.ConstraintDate);
        var secondary = CheckConstraint(v, "secondaryConstraintType", "secondaryConstraintDate", input.SecondaryConstraintType,
            input.SecondaryConstraintDate);
        v.ThrowIfAny();

        Code = code;
        Name = name;
        WbsId = input.WbsId;
        SortOrder = input.SortOrder ?? SortOrder;
        Type = type;
        CalendarId = input.CalendarId;
        // Milestones take no time, whatever was typed: P6 and MS Project both force zero.
        OriginalDurationMinutes = IsMilestone ? 0 : original;
        RemainingDurationMinutes = IsMilestone && input.RemainingDurationMinutes is not null ? 0 : input.RemainingDurationMinutes;
        PercentComplete = input.ActualFinish is not null ? 100 : percent;
        ActualStart = Wall(input.ActualStart);
        ActualFinish = Wall(input.ActualFinish);
        SuspendDate = Wall(input.SuspendDate);
        ResumeDate = Wall(input.ResumeDate);
        (ConstraintType, ConstraintDate) = constraint;
        (SecondaryConstraintType, SecondaryConstraintDate) = secondary;
        Deadline = Wall(input.Deadline);
        ResponsibleOrganisationId = input.ResponsibleOrganisationId;
        ResponsiblePersonId = input.ResponsiblePersonId;
        ContractualDate = Wall(input.ContractualDate);
        IsKeyMilestone = input.IsKeyMilestone ?? IsKeyMilestone;
    }

    /// <summary>Values only files carry (expected finish, summary parent, resource assignments).</summary>
    public void SetImportedDetails(bool elapsedDuration, DateTime? expectedFinish, Guid? summaryActivityId, string? assignmentsJson)
    {
        ElapsedDuration = elapsedDuration;
        ExpectedFinish = Wall(expectedFinish);
        SummaryActivityId = summaryActivityId;
        AssignmentsJson = assignmentsJson;
    }

    /// <summary>Engine dates are unzoned wall-clock times; a "Z" typed by an API client must not shift them.</summary>
    internal static DateTime? Wall(DateTime? value) => value is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Unspecified) : null;

    // The years the calendars cover: 0001-01-01 is what an empty date becomes in many tools, and such a date would
    // only surface later as a schedule the engine cannot place on a calendar.
    private static void CheckDatesInRange(Validation v, params (string Field, DateTime? Date)[] dates)
    {
        foreach (var (field, date) in dates)
        {
            if (date is { Year: < GetCalendarYear.FirstYear or > GetCalendarYear.LastYear })
            {
                v.Add(field, "NotAllowedValue");
            }
        }
    }

    private static void CheckDuration(Validation v, string field, long minutes)
    {
        if (minutes < 0)
        {
            v.Add(field, "Negative");
        }
        else if (minutes > MaxDurationMinutes)
        {
            v.Add(field, "TooLarge");
        }
    }

    private static (ConstraintType?, DateTime?) CheckConstraint(Validation v, string typeField, string dateField, ConstraintType? type,
        DateTime? date)
    {
        if (type is null or Scheduling.ConstraintType.AsSoonAsPossible)
        {
            return (null, null);
        }

        if (!Enum.IsDefined(type.Value))
        {
            v.Add(typeField, "NotAllowedValue");
            return (null, null);
        }

        if (type != Scheduling.ConstraintType.AsLateAsPossible && date is null)
        {
            v.Add(dateField, "Required");
        }

        return (type, type == Scheduling.ConstraintType.AsLateAsPossible ? null : Wall(date));
    }
}
