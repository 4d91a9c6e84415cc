using Gantry.Core.Funds;
using Gantry.Web.Funds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Funds;

/// <summary>The cash flow of every project whose money the user sees in full, added up by month, with the portfolio's funding gap.</summary>
public sealed class PortfolioCashFlowModel(GetPortfolioCashFlow getPortfolioCashFlow) : PageModel
{
    [FromQuery]
    public DateOnly? From { get; set; }

    [FromQuery]
    public DateOnly? To { get; set; }

    public CashFlow Flow { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Flow = CashFlowRange.Limit(await getPortfolioCashFlow.ExecuteAsync(cancellationToken), From, To);
        return Page();
    }
}
