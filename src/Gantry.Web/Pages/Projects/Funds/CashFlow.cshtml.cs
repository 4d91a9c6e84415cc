using Gantry.Core.Funds;
using Gantry.Core.Members;
using Gantry.Core.Projects;
using Gantry.Web.Funds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Projects.Funds;

/// <summary>A project's cash flow by month, planned against actual, with the funding-gap warning; optionally limited to a range of months.</summary>
public sealed class CashFlowModel(GetProject getProject, ListMembers listMembers, GetCashFlow getCashFlow) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>First month shown (any day of it); the cumulative figures still count every earlier month.</summary>
    [FromQuery]
    public DateOnly? From { get; set; }

    [FromQuery]
    public DateOnly? To { get; set; }

    public FundsViewer Viewer { get; private set; } = null!;

    public CashFlow Flow { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Viewer = await FundsViewer.LoadAsync(getProject, listMembers, Id, User.Identity?.Name, cancellationToken);
        Flow = CashFlowRange.Limit(await getCashFlow.ExecuteAsync(Id, cancellationToken), From, To);
        return Page();
    }
}
