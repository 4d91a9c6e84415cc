using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.DayLabour;
using Gantry.Core.Organisations;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects.Money;

/// <summary>
/// The month's wage sheet (工资表) per worker of a crew: worker-days and amount earned on approved tickets,
/// paid, still owed; those who manage funds record wages paid. Unpaid migrant wages are the contractor's liability.
/// </summary>
public sealed class WagesModel(GetProject getProject, GetWageSheet getSheet, PayWages payWages, ListOrganisations listOrganisations,
    TimeProvider clock, IStringLocalizer<MoneyResource> text) : PageModel
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

    public ProjectDetails Project { get; private set; } = null!;

    public IReadOnlyList<WageSheetRow> Rows { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CrewOptions { get; private set; } = [];

    public bool CanPay => Project.MyPermissions.Contains(Permission.ManageFunds);

    public string MonthText => (Month ?? DateOnly.MinValue).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public string Query => $"month={(Month ?? DateOnly.MinValue).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
        + (Crew is { } c ? "&crewOrganisationId=" + c : string.Empty);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        MonthValue = (Month ?? new DateOnly(today.Year, today.Month, 1)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Rows = await getSheet.ExecuteAsync(Id, Month, Crew, cancellationToken);
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
            TempData["Flash"] = text["Wages.Paid", row.Name].Value;
        }
        catch (ValidationFailedException failure)
        {
            TempData["Error"] = string.Join(" ", failure.Errors.Select(e => e.Message));
        }

        return Redirect($"~/projects/{Id}/day-labour/wages?month={Month?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            + (Crew is { } c ? "&crew=" + c : string.Empty));
    }
}
