namespace Gantry.Core.Plans;

/// <summary>A task of a plan item as pages and the API show it.</summary>
public sealed record PlanTaskView(Guid Id, DateOnly Date, string Crew, string Description, decimal? Quantity, string? Unit,
    string? ResponsiblePerson, double PercentComplete, DateOnly? ActualStart, DateOnly? ActualFinish)
{
    public static PlanTaskView From(PlanTask t) =>
        new(t.Id, t.Date, t.Crew, t.Description, t.Quantity, t.Unit, t.ResponsiblePerson, t.PercentComplete, t.ActualStart, t.ActualFinish);
}
