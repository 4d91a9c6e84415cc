using Gantry.Core.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Projects.Plans;

/// <summary>The plan as handed out at the site meeting (周例会): one A4 landscape sheet, items down, days across.</summary>
public sealed class PrintModel(GetPlan getPlan) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public Guid PlanId { get; set; }

    public PlanDetails Plan { get; private set; } = null!;

    /// <summary>The window's days; a monthly plan prints its weeks' days too, which is why the sheet scales its font down.</summary>
    public IReadOnlyList<DateOnly> Days { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Plan = await getPlan.ExecuteAsync(Id, PlanId, cancellationToken);
        Days = Enumerable.Range(0, Plan.PeriodEnd.DayNumber - Plan.PeriodStart.DayNumber + 1).Select(i => Plan.PeriodStart.AddDays(i)).ToList();
        return Page();
    }
}
