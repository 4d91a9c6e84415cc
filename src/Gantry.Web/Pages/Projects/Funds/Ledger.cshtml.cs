using Gantry.Core.Funds;
using Gantry.Core.Members;
using Gantry.Core.Projects;
using Gantry.Web.Funds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Projects.Funds;

/// <summary>The receivable or payable ledger per counterparty with ageing (0–30, 31–60, 61–90, over 90 days); a party sees its own line.</summary>
public sealed class LedgerModel(GetProject getProject, ListMembers listMembers, GetLedger getLedger) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery]
    public LedgerSide Side { get; set; } = LedgerSide.Payable;

    [FromQuery]
    public string? Q { get; set; }

    [FromQuery]
    public string? Sort { get; set; }

    public FundsViewer Viewer { get; private set; } = null!;

    public IReadOnlyList<LedgerRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Viewer = await FundsViewer.LoadAsync(getProject, listMembers, Id, User.Identity?.Name, cancellationToken);
        var rows = (await getLedger.ExecuteAsync(Id, Side, cancellationToken))
            .Where(r => string.IsNullOrWhiteSpace(Q) || r.Counterparty.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase));
        Rows = ListSort.Apply(rows, Sort, new Dictionary<string, Func<LedgerRow, IComparable?>>(StringComparer.Ordinal)
        {
            ["party"] = r => r.Counterparty,
            ["approved"] = r => r.Approved,
            ["settled"] = r => r.Settled,
            ["outstanding"] = r => r.Outstanding,
            ["d30"] = r => r.Days0To30,
            ["d60"] = r => r.Days31To60,
            ["d90"] = r => r.Days61To90,
            ["over90"] = r => r.Over90Days,
        });
        return Page();
    }
}
