using Gantry.Core.Schedules;

namespace Gantry.Core.Plans;

/// <summary>
/// One plan as its page and the API show it: the header with who did what and when, the items with
/// their tasks and flagged differences, and what the reader may do with it.
/// </summary>
public sealed record PlanDetails
{
    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    public required string ProjectName { get; init; }

    public required PlanLevel Level { get; init; }

    public required string Name { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    public required Guid? ResponsibleOrganisationId { get; init; }

    public required string? OrganisationName { get; init; }

    public required Guid? SourcePlanId { get; init; }

    public required Guid? RevisionOfId { get; init; }

    public required int Revision { get; init; }

    public required PlanStatus Status { get; init; }

    public required string CreatedByName { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required string? SubmittedByName { get; init; }

    public required DateTime? SubmittedAt { get; init; }

    public required string? ApprovedByName { get; init; }

    public required DateTime? ApprovedAt { get; init; }

    public required string? PublishedByName { get; init; }

    public required DateTime? PublishedAt { get; init; }

    public required string? RejectedByName { get; init; }

    public required DateTime? RejectedAt { get; init; }

    public required string? RejectionReason { get; init; }

    public required double PercentComplete { get; init; }

    public required int DifferenceCount { get; init; }

    public required IReadOnlyList<PlanItemView> Items { get; init; }

    public required bool CanEdit { get; init; }

    public required bool CanApprove { get; init; }

    public required int Version { get; init; }

    /// <summary>The project's working day (its default calendar's), in which durations show and are typed in days.</summary>
    public required int MinutesPerDay { get; init; }

    /// <summary>Builds the view; <paramref name="master"/> holds the project's current activities by id.</summary>
    public static PlanDetails From(Plan plan, PlanAccess access, string? organisationName, IReadOnlyDictionary<Guid, Activity> master,
        int minutesPerDay)
    {
        var items = plan.Items.OrderBy(i => i.SortOrder).ThenBy(i => i.Code, StringComparer.Ordinal).Select(i => new PlanItemView(
            i.Id, i.SortOrder, i.ActivityId, i.InMaster, i.Code, i.Name, i.ResponsibleOrganisationId, i.PlannedStart, i.PlannedFinish,
            i.PlannedDurationMinutes, i.PlannedPercent, i.Quantity, i.Unit, i.StartPercent, i.ActualPercent, i.ActualStart, i.ActualFinish,
            PlanRollup.MasterPercent(i),
            PlanDifference.Between(i, i.ActivityId is { } a ? master.GetValueOrDefault(a) : null),
            i.Tasks.OrderBy(t => t.Date).ThenBy(t => t.Crew, StringComparer.Ordinal).Select(PlanTaskView.From).ToList())).ToList();
        return new PlanDetails
        {
            Id = plan.Id, ProjectId = plan.ProjectId, ProjectName = access.Project.Project.Name, Level = plan.Level, Name = plan.Name,
            PeriodStart = plan.PeriodStart, PeriodEnd = plan.PeriodEnd, ResponsibleOrganisationId = plan.ResponsibleOrganisationId,
            OrganisationName = organisationName, SourcePlanId = plan.SourcePlanId, RevisionOfId = plan.RevisionOfId, Revision = plan.Revision,
            Status = plan.Status, CreatedByName = plan.CreatedByName, CreatedAt = plan.CreatedAt, SubmittedByName = plan.SubmittedByName,
            SubmittedAt = plan.SubmittedAt, ApprovedByName = plan.ApprovedByName, ApprovedAt = plan.ApprovedAt,
            PublishedByName = plan.PublishedByName, PublishedAt = plan.PublishedAt, RejectedByName = plan.RejectedByName,
            RejectedAt = plan.RejectedAt, RejectionReason = plan.RejectionReason, PercentComplete = PlanRollup.PlanPercent(plan.Items),
            DifferenceCount = items.Count(i => i.Difference is not null), Items = items,
            CanEdit = access.CanEdit(plan.ResponsibleOrganisationId), CanApprove = access.CanApprove, Version = plan.Version,
            MinutesPerDay = minutesPerDay,
        };
    }
}
