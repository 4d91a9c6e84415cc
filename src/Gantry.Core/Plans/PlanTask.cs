using Gantry.Core.Common;

namespace Gantry.Core.Plans;

/// <summary>
/// One day's work of one crew on a plan item (the line of the weekly plan handed out at the site
/// meeting), with the progress the site engineer reports on it.
/// </summary>
public sealed class PlanTask
{
    public const int CrewMaxLength = 100;
    public const int DescriptionMaxLength = 500;
    public const int UnitMaxLength = 20;
    public const int PersonMaxLength = 100;

    private PlanTask()
    {
        Crew = Description = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ItemId { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>The crew or team (班组) doing the work, as the site names it.</summary>
    public string Crew { get; private set; }

    public string Description { get; private set; }

    public decimal? Quantity { get; private set; }

    public string? Unit { get; private set; }

    /// <summary>The person answerable on site; a name, because foremen are often not users of Gantry.</summary>
    public string? ResponsiblePerson { get; private set; }

    public double PercentComplete { get; private set; }

    public DateOnly? ActualStart { get; private set; }

    public DateOnly? ActualFinish { get; private set; }

    public bool HasProgress => PercentComplete > 0 || ActualStart is not null;

    internal static PlanTask Create(Guid itemId, PlanTaskInput input, PlanWindow window)
    {
        var task = new PlanTask { Id = Guid.CreateVersion7(), ItemId = itemId };
        task.Change(input, window);
        return task;
    }

    /// <summary>The same task under another item (a new revision of the plan keeps the reported progress).</summary>
    internal PlanTask CopyTo(Guid itemId)
    {
        var copy = (PlanTask)MemberwiseClone();
        copy.Id = Guid.CreateVersion7();
        copy.ItemId = itemId;
        return copy;
    }

    internal void Change(PlanTaskInput input, PlanWindow window)
    {
        var v = new Validation();
        var date = v.Required("date", input.Date);
        if (input.Date is not null && !window.Contains(date))
        {
            v.Add("date", "OutsidePlanWindow", window.First, window.Last);
        }

        var crew = v.Trimmed("crew", input.Crew, CrewMaxLength);
        var description = v.Trimmed("description", input.Description, DescriptionMaxLength);
        var (quantity, unit) = PlanItem.CheckQuantity(v, input.Quantity, input.Unit);
        var person = v.Trimmed("responsiblePerson", input.ResponsiblePerson, PersonMaxLength, required: false);
        v.ThrowIfAny();
        Date = date;
        Crew = crew;
        Description = description;
        Quantity = quantity;
        Unit = unit;
        ResponsiblePerson = person.Length == 0 ? null : person;
    }

    internal void Report(PlanProgressInput input)
    {
        var v = new Validation();
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

        v.ThrowIfAny();
        // A finished task is done, whatever percentage was typed; a started one has begun.
        PercentComplete = input.ActualFinish is not null ? 100 : percent;
        ActualStart = input.ActualStart ?? (percent > 0 ? Date : null);
        ActualFinish = input.ActualFinish;
    }
}
