using Gantry.Core.Common;

namespace Gantry.Core.Plans;

/// <summary>
/// A monthly or weekly plan (月计划 / 周计划) derived from the master schedule for one window and,
/// optionally, one responsible organisation. It goes draft → submitted → approved → published, with
/// who and when at each step; a rejection returns it to draft with the reason. Only a draft can be
/// edited; a published plan changes only by a new revision (a copy), so what was issued stays on record.
/// </summary>
public sealed class Plan : IVersioned, IProjectScoped
{
    public const int NameMaxLength = 200;
    public const int ReasonMaxLength = 1000;

    private readonly List<PlanItem> _items = [];

    private Plan()
    {
        Name = CreatedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public PlanLevel Level { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    /// <summary>Last day of the window, inclusive.</summary>
    public DateOnly PeriodEnd { get; private set; }

    public string Name { get; private set; }

    public Guid? ResponsibleOrganisationId { get; private set; }

    /// <summary>The published monthly plan a weekly plan was derived from; null when it came from the master.</summary>
    public Guid? SourcePlanId { get; private set; }

    /// <summary>The plan this one revises; revision numbers count from 1.</summary>
    public Guid? RevisionOfId { get; private set; }

    public int Revision { get; private set; }

    public PlanStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public Guid? CreatedById { get; private set; }

    public string CreatedByName { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public string? SubmittedByName { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public string? ApprovedByName { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public string? PublishedByName { get; private set; }

    public DateTime? RejectedAt { get; private set; }

    public string? RejectedByName { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>Set on every change of the plan or its items, so each edit bumps <see cref="Version"/>.</summary>
    public DateTime UpdatedAt { get; private set; }

    public int Version { get; set; }

    public IReadOnlyCollection<PlanItem> Items => _items;

    public PlanWindow Window => new(PeriodStart, PeriodEnd);

    public bool IsPublished => Status == PlanStatus.Published;

    public static Plan Create(Guid projectId, PlanLevel level, PlanWindow window, string? name, Guid? organisationId, Guid? sourcePlanId,
        Guid userId, string userName, DateTime now)
    {
        var v = new Validation();
        var checkedName = v.Trimmed("name", name, NameMaxLength, required: false);
        v.ThrowIfAny();
        return new Plan
        {
            Id = Guid.CreateVersion7(), ProjectId = projectId, Level = level, PeriodStart = window.First, PeriodEnd = window.Last,
            Name = checkedName.Length > 0 ? checkedName : window.Label(level), ResponsibleOrganisationId = organisationId,
            SourcePlanId = sourcePlanId, Revision = 1, Status = PlanStatus.Draft, CreatedAt = now, CreatedById = userId,
            CreatedByName = userName, UpdatedAt = now,
        };
    }

    /// <summary>A new draft revision of this plan with the same items, tasks and reported progress.</summary>
    public Plan Revise(Guid userId, string userName, DateTime now)
    {
        EnsureStatus(PlanStatus.Published);
        var copy = new Plan
        {
            Id = Guid.CreateVersion7(), ProjectId = ProjectId, Level = Level, PeriodStart = PeriodStart, PeriodEnd = PeriodEnd, Name = Name,
            ResponsibleOrganisationId = ResponsibleOrganisationId, SourcePlanId = SourcePlanId, RevisionOfId = Id, Revision = Revision + 1,
            Status = PlanStatus.Draft, CreatedAt = now, CreatedById = userId, CreatedByName = userName, UpdatedAt = now,
        };
        copy._items.AddRange(_items.Select(i => i.CopyTo(copy.Id)));
        return copy;
    }

    public void Rename(string? name, DateTime now)
    {
        EnsureEditable();
        var v = new Validation();
        var checkedName = v.Trimmed("name", name, NameMaxLength);
        v.ThrowIfAny();
        Name = checkedName;
        UpdatedAt = now;
    }

    internal void AddCopiedItem(PlanItem item) => _items.Add(item);

    /// <param name="minutesPerDay">The project's working day, in which durations typed in days count.</param>
    public PlanItem AddItem(PlanItemInput input, int minutesPerDay, DateTime now)
    {
        EnsureEditable();
        var item = PlanItem.NotInMaster(Id, NextSortOrder(), input with
        {
            ResponsibleOrganisationId = input.ResponsibleOrganisationId ?? ResponsibleOrganisationId,
        }, Window, minutesPerDay);
        _items.Add(item);
        UpdatedAt = now;
        return item;
    }

    public void ChangeItem(Guid itemId, PlanItemInput input, int minutesPerDay, DateTime now)
    {
        EnsureEditable();
        RequireItem(itemId).Change(input, Window, minutesPerDay);
        UpdatedAt = now;
    }

    public void RemoveItem(Guid itemId, DateTime now)
    {
        EnsureEditable();
        _items.Remove(RequireItem(itemId));
        UpdatedAt = now;
    }

    public PlanTask AddTask(Guid itemId, PlanTaskInput input, DateTime now)
    {
        EnsureEditable();
        var task = RequireItem(itemId).AddTask(input, Window);
        UpdatedAt = now;
        return task;
    }

    public void ChangeTask(Guid itemId, Guid taskId, PlanTaskInput input, DateTime now)
    {
        EnsureEditable();
        RequireItem(itemId).RequireTask(taskId).Change(input, Window);
        UpdatedAt = now;
    }

    public void RemoveTask(Guid itemId, Guid taskId, DateTime now)
    {
        EnsureEditable();
        var item = RequireItem(itemId);
        item.RemoveTask(item.RequireTask(taskId));
        UpdatedAt = now;
    }

    /// <summary>Progress is reported on the plan the teams were given, so only on a published plan.</summary>
    public void ReportProgress(Guid itemId, Guid taskId, PlanProgressInput input, DateTime now)
    {
        EnsureStatus(PlanStatus.Published);
        var item = RequireItem(itemId);
        item.RequireTask(taskId).Report(input);
        item.Rollup();
        UpdatedAt = now;
    }

    public void Submit(string userName, DateTime now)
    {
        EnsureStatus(PlanStatus.Draft);
        if (_items.Count == 0)
        {
            throw ValidationFailedException.For("items", Localization.Text.Get("PlanEmpty"));
        }

        Status = PlanStatus.Submitted;
        SubmittedAt = now;
        SubmittedByName = userName;
        UpdatedAt = now;
    }

    public void Approve(string userName, DateTime now)
    {
        EnsureStatus(PlanStatus.Submitted);
        Status = PlanStatus.Approved;
        ApprovedAt = now;
        ApprovedByName = userName;
        UpdatedAt = now;
    }

    public void Publish(string userName, DateTime now)
    {
        EnsureStatus(PlanStatus.Approved);
        Status = PlanStatus.Published;
        PublishedAt = now;
        PublishedByName = userName;
        UpdatedAt = now;
    }

    /// <summary>Back to draft: the approver says why, and the earlier signatures no longer hold.</summary>
    public void Reject(string? reason, string userName, DateTime now)
    {
        EnsureStatus(PlanStatus.Submitted, PlanStatus.Approved);
        var v = new Validation();
        var checkedReason = v.Trimmed("reason", reason, ReasonMaxLength);
        v.ThrowIfAny();
        Status = PlanStatus.Draft;
        RejectedAt = now;
        RejectedByName = userName;
        RejectionReason = checkedReason;
        SubmittedAt = ApprovedAt = null;
        SubmittedByName = ApprovedByName = null;
        UpdatedAt = now;
    }

    public PlanItem RequireItem(Guid itemId) => _items.Find(i => i.Id == itemId) ?? throw new NotFoundException("Entity_PlanItem");

    private int NextSortOrder() => _items.Count == 0 ? 1 : _items.Max(i => i.SortOrder) + 1;

    private void EnsureEditable() => EnsureStatus(PlanStatus.Draft);

    private void EnsureStatus(params PlanStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw ValidationFailedException.For("status",
                Localization.Text.Get("PlanStatusWrong", Localization.Text.Get("PlanStatus_" + Status)));
        }
    }
}
