using Gantry.Core.Common;
using Gantry.Core.Schedules;

namespace Gantry.Core.Plans;

/// <summary>
/// One line of a monthly or weekly plan: a master activity's share of the plan's window, or work
/// the site added that the master does not show (<see cref="InMaster"/> false). The master's dates
/// at the time of copying are kept, so a later change of the master shows as a flagged difference.
/// </summary>
public sealed class PlanItem
{
    public const int UnitMaxLength = 20;

    private readonly List<PlanTask> _tasks = [];

    private PlanItem()
    {
        Code = Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public int SortOrder { get; private set; }

    /// <summary>The master activity; no foreign key, so an activity deleted later still shows as "deleted in master".</summary>
    public Guid? ActivityId { get; private set; }

    public bool InMaster => ActivityId is not null;

    public string Code { get; private set; }

    public string Name { get; private set; }

    public Guid? ResponsibleOrganisationId { get; private set; }

    /// <summary>First day of work in the window.</summary>
    public DateOnly PlannedStart { get; private set; }

    /// <summary>Last day of work in the window (inclusive, as the plan prints it).</summary>
    public DateOnly PlannedFinish { get; private set; }

    /// <summary>Working minutes of the activity that fall in the window, on the activity's calendar.</summary>
    public long PlannedDurationMinutes { get; private set; }

    /// <summary>The activity's percent complete to reach by the end of the window.</summary>
    public double PlannedPercent { get; private set; }

    public decimal? Quantity { get; private set; }

    public string? Unit { get; private set; }

    public DateTime? MasterStart { get; private set; }

    public DateTime? MasterFinish { get; private set; }

    public long? MasterDurationMinutes { get; private set; }

    /// <summary>The master activity's percent complete planned at the window's start: the window's work starts from here.</summary>
    public double StartPercent { get; private set; }

    /// <summary>Rolled up from the tasks (<see cref="PlanRollup"/>).</summary>
    public double ActualPercent { get; private set; }

    public DateOnly? ActualStart { get; private set; }

    public DateOnly? ActualFinish { get; private set; }

    public IReadOnlyCollection<PlanTask> Tasks => _tasks;

    public bool HasProgress => ActualPercent > 0 || ActualStart is not null;

    internal static PlanItem FromMaster(Guid planId, int sortOrder, Activity activity, WindowShare share) => new()
    {
        Id = Guid.CreateVersion7(),
        PlanId = planId,
        SortOrder = sortOrder,
        ActivityId = activity.Id,
        Code = activity.Code,
        Name = activity.Name,
        ResponsibleOrganisationId = activity.ResponsibleOrganisationId,
        PlannedStart = share.FirstDay,
        PlannedFinish = share.LastDay,
        PlannedDurationMinutes = share.WorkMinutes,
        PlannedPercent = share.PercentAtEnd,
        MasterStart = activity.Start,
        MasterFinish = activity.Finish,
        MasterDurationMinutes = activity.OriginalDurationMinutes,
        StartPercent = share.PercentAtStart,
    };

    /// <summary>A weekly item taken from the month's item: the master snapshot travels with it, the window is the week's.</summary>
    internal static PlanItem FromMonthly(Guid planId, int sortOrder, PlanItem monthly, WindowShare share) => new()
    {
        Id = Guid.CreateVersion7(),
        PlanId = planId,
        SortOrder = sortOrder,
        ActivityId = monthly.ActivityId,
        Code = monthly.Code,
        Name = monthly.Name,
        ResponsibleOrganisationId = monthly.ResponsibleOrganisationId,
        PlannedStart = share.FirstDay,
        PlannedFinish = share.LastDay,
        PlannedDurationMinutes = share.WorkMinutes,
        PlannedPercent = share.PercentAtEnd,
        Quantity = monthly.Quantity is { } q && monthly.PlannedDurationMinutes > 0
            ? decimal.Round(q * share.WorkMinutes / monthly.PlannedDurationMinutes, 3)
            : null,
        Unit = monthly.Unit,
        MasterStart = monthly.MasterStart,
        MasterFinish = monthly.MasterFinish,
        MasterDurationMinutes = monthly.MasterDurationMinutes,
        StartPercent = share.PercentAtStart,
    };

    internal static PlanItem NotInMaster(Guid planId, int sortOrder, PlanItemInput input, PlanWindow window, int minutesPerDay)
    {
        var item = new PlanItem { Id = Guid.CreateVersion7(), PlanId = planId, SortOrder = sortOrder };
        item.Change(input, window, minutesPerDay);
        return item;
    }

    /// <summary>The same item in a new revision, tasks and reported progress included.</summary>
    internal PlanItem CopyTo(Guid planId)
    {
        var copy = new PlanItem
        {
            Id = Guid.CreateVersion7(), PlanId = planId, SortOrder = SortOrder, ActivityId = ActivityId, Code = Code, Name = Name,
            ResponsibleOrganisationId = ResponsibleOrganisationId, PlannedStart = PlannedStart, PlannedFinish = PlannedFinish,
            PlannedDurationMinutes = PlannedDurationMinutes, PlannedPercent = PlannedPercent, Quantity = Quantity, Unit = Unit,
            MasterStart = MasterStart, MasterFinish = MasterFinish, MasterDurationMinutes = MasterDurationMinutes,
            StartPercent = StartPercent, ActualPercent = ActualPercent, ActualStart = ActualStart, ActualFinish = ActualFinish,
        };
        copy._tasks.AddRange(_tasks.Select(t => t.CopyTo(copy.Id)));
        return copy;
    }

    /// <summary>Edits what the planner may change; a master item keeps its code, name and master snapshot.</summary>
    internal void Change(PlanItemInput input, PlanWindow window, int minutesPerDay)
    {
        var v = new Validation();
        var code = InMaster ? Code : v.Trimmed("code", input.Code, Activity.CodeMaxLength, required: false);
        var name = InMaster ? Name : v.Trimmed("name", input.Name, Activity.NameMaxLength);
        var start = v.Required("plannedStart", input.PlannedStart);
        var finish = v.Required("plannedFinish", input.PlannedFinish);
        if (input.PlannedStart is not null && !window.Contains(start))
        {
            v.Add("plannedStart", "OutsidePlanWindow", window.First, window.Last);
        }

        if (input.PlannedFinish is not null && !window.Contains(finish))
        {
            v.Add("plannedFinish", "OutsidePlanWindow", window.First, window.Last);
        }
        else if (input.PlannedStart is not null && finish < start)
        {
            v.Add("plannedFinish", "FinishBeforeStart", Validation.Label("plannedStart"));
        }

        // Left empty: a master item keeps its share of the work, new work counts a working day per calendar day.
        var duration = input.PlannedDurationMinutes
            ?? (input.PlannedDurationDays is { } days ? DaysToMinutes(days, minutesPerDay, v) : null)
            ?? (InMaster ? PlannedDurationMinutes : (finish.DayNumber - start.DayNumber + 1) * (long)minutesPerDay);
        if (duration is < 0 or > Activity.MaxDurationMinutes)
        {
            v.Add("plannedDurationMinutes", duration < 0 ? "Negative" : "TooLarge");
        }

        var percent = input.PlannedPercent ?? (InMaster ? PlannedPercent : 100);
        if (double.IsNaN(percent) || percent is < 0 or > 100)
        {
            v.Add("plannedPercent", "PercentRange");
        }

        var (quantity, unit) = CheckQuantity(v, input.Quantity, input.Unit);
        v.ThrowIfAny();
        Code = code;
        Name = name;
        if (!InMaster)
        {
            ResponsibleOrganisationId = input.ResponsibleOrganisationId;
        }

        PlannedStart = start;
        PlannedFinish = finish;
        PlannedDurationMinutes = duration;
        PlannedPercent = percent;
        Quantity = quantity;
        Unit = unit;
    }

    internal PlanTask AddTask(PlanTaskInput input, PlanWindow window)
    {
        var task = PlanTask.Create(Id, input, window);
        _tasks.Add(task);
        Rollup();
        return task;
    }

    internal PlanTask RequireTask(Guid taskId) =>
        _tasks.Find(t => t.Id == taskId) ?? throw new NotFoundException("Entity_PlanTask");

    internal void RemoveTask(PlanTask task)
    {
        _tasks.Remove(task);
        Rollup();
    }

    /// <summary>Recomputes the item's progress from its tasks (see <see cref="PlanRollup"/>).</summary>
    internal void Rollup() => (ActualPercent, ActualStart, ActualFinish) = PlanRollup.ItemProgress(_tasks);

    internal static (decimal? Quantity, string? Unit) CheckQuantity(Validation v, decimal? quantity, string? unit)
    {
        if (quantity < 0)
        {
            v.Add("quantity", "Negative");
        }
        else if (quantity > 1_000_000_000m)
        {
            v.Add("quantity", "TooLarge");
        }

        var trimmed = v.Trimmed("unit", unit, UnitMaxLength, required: false);
        return (quantity, trimmed.Length == 0 ? null : trimmed);
    }

    /// <summary>Days in the project's working day; beyond any duration the check after reports "too large".</summary>
    private static long? DaysToMinutes(double days, int minutesPerDay, Validation v)
    {
        if (!double.IsFinite(days))
        {
            v.Add("plannedDurationDays", "NotANumber");
            return null;
        }

        return (long)Math.Round(Math.Clamp(days * minutesPerDay, -1, Activity.MaxDurationMinutes + 1.0));
    }
}
