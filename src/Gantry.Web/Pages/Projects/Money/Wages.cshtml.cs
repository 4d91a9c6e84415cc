using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.DayLabour;
using Gantry.Core.Organisations;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Gantry.Web.Funds;
using Gantry.Web.Money;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects.Money;

/// <summary>
/// The month's wage sheet (工资表) per worker: owed on approved tickets, requested, paid, unpaid, and
/// who is overdue; those who manage funds pay wages here and reverse a wrong payment. A ticket's wages
/// are paid one way only (Core refuses the other), because unpaid migrant wages are the contractor's liability.
/// </summary>
public sealed class WagesModel(GetProject getProject, GetWageSheet getSheet, ListWagePayments listPayments, PayWages payWages,
    ReverseWagePayment reverseWagePayment, ListOrganisations listOrganisations, TimeProvider clock, IStringLocalizer<WageResource> text) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The month as the month picker sends it (yyyy-MM) or any day of it (yyyy-MM-dd); read invariantly.</summary>
    [FromQuery(Name = "month")]
    public string? MonthValue { get; set; }

    public DateOnly? Month => DateOnly.TryParseExact(MonthValue, ["yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)
        ? new DateOnly(m.Year, m.Month, 1)
        : null;

    [FromQuery]
    public Guid? Crew { get; set; }

    /// <summary>Part of a worker's name or trade.</summary>
    [FromQuery]
    public string? Q { get; set; }

    [FromQuery]
    public bool Unpaid { get; set; }

    [FromQuery]
    public string? Sort { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public IReadOnlyList<WageSheetRow> Rows { get; private set; } = [];

    public IReadOnlyList<WagePaymentSummary> Payments { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CrewOptions { get; private set; } = [];

    public bool CanPay => Project.MyPermissions.Contains(Permission.ManageFunds);

    public string MonthText => (Month ?? DateOnly.MinValue).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The filter as the Excel download takes it, so the download matches what is on screen.</summary>
    public string Query => $"month={(Month ?? DateOnly.MinValue).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
        + (Crew is { } c ? "&crewOrganisationId=" + c : string.Empty)
        + (string.IsNullOrWhiteSpace(Q) ? string.Empty : "&q=" + Uri.EscapeDataString(Q.Trim()))
        + (Unpaid ? "&unpaid=true" : string.Empty) + (Sort is null ? string.Empty : "&sort=" + Uri.EscapeDataString(Sort));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        MonthValue = (Month ?? new DateOnly(today.Year, today.Month, 1)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Rows = WageSheetView.Apply(await getSheet.ExecuteAsync(Id, Month, Crew, cancellationToken), Q, Unpaid, Sort);
        var shown = Rows.Select(r => r.WorkerId).ToHashSet();
        Payments = (await listPayments.ExecuteAsync(Id, Month, null, cancellationToken)).Where(p => shown.Contains(p.WorkerId)).ToList();
        CrewOptions = (await listOrganisations.ExecuteAsync(cancellationToken))
            .Where(o => o.Type is OrganisationType.GeneralContractor or OrganisationType.Subcontractor)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString(), o.Id == Crew)).ToArray();
        return Page();
    }

    public async Task<IActionResult> OnPostPayAsync(Guid workerId, decimal? amount, DateOnly? paidOn, CancellationToken cancellationToken)
    {
        try
        {
            var row = await payWages.ExecuteAsync(Id, workerId, Month, amount, paidOn, cancellationToken);
            TempData["Flash"] = text["Wages.PaidDone", row.Name].Value;
        }
        catch (ValidationFailedException failure)
        {
            TempData["Error"] = string.Join(" ", failure.Errors.Select(e => e.Message));
        }

        return Back();
    }

    public async Task<IActionResult> OnPostReverseAsync(Guid paymentId, DateOnly? date, CancellationToken cancellationToken)
    {
        try
        {
            var row = await reverseWagePayment.ExecuteAsync(Id, paymentId, date, cancellationToken);
            TempData["Flash"] = text["Wages.ReversedDone", row.Name].Value;
        }
        catch (ValidationFailedException failure)
        {
            TempData["Error"] = string.Join(" ", failure.Errors.Select(e => e.Message));
        }

        return Back();
    }

    private RedirectResult Back() =>
        Redirect($"~/projects/{Id}/day-labour/wages?month={Month?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            + (Crew is { } c ? "&crew=" + c : string.Empty));
}
