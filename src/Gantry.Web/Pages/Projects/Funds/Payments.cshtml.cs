using Gantry.Core.Funds;
using Gantry.Core.Members;
using Gantry.Core.Projects;
using Gantry.Web.Funds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Projects.Funds;

/// <summary>Payment requests to subcontractors, suppliers and crews, filtered by status, payee and text, sorted by a column.</summary>
public sealed class PaymentsModel(GetProject getProject, ListMembers listMembers, ListPaymentRequests listRequests) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery]
    public PaymentStatus? Status { get; set; }

    [FromQuery]
    public Guid? Payee { get; set; }

    [FromQuery]
    public string? Q { get; set; }

    [FromQuery]
    public string? Sort { get; set; }

    public FundsViewer Viewer { get; private set; } = null!;

    public ProjectDetails Project => Viewer.Project;

    public IReadOnlyList<PaymentRequestSummary> Requests { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Payees { get; private set; } = [];


    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Viewer = await FundsViewer.LoadAsync(getProject, listMembers, Id, User.Identity?.Name, cancellationToken);
        var all = await listRequests.ExecuteAsync(Id, Status, cancellationToken);
        Payees = all.GroupBy(r => r.PayeeId).Select(g => (g.Key, g.First().Payee)).OrderBy(p => p.Payee, StringComparer.Ordinal).ToList();
        var rows = all.Where(r => (Payee is null || r.PayeeId == Payee)
            && (string.IsNullOrWhiteSpace(Q) || r.Description.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase)
                || r.Payee.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase)));
        Requests = ListSort.Apply(Sort is null ? rows.OrderByDescending(r => r.Number) : rows, Sort,
            new Dictionary<string, Func<PaymentRequestSummary, IComparable?>>(StringComparer.Ordinal)
            {
                ["number"] = r => r.Number,
                ["payee"] = r => r.Payee,
                ["requested"] = r => r.RequestedAmount,
                ["approved"] = r => r.ApprovedAmount,
                ["paid"] = r => r.Paid,
                ["status"] = r => r.Status,
            });
        return Page();
    }
}
