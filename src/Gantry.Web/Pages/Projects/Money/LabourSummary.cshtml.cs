using System.Globalization;
using Gantry.Core.DayLabour;
using Gantry.Core.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Projects.Money;

/// <summary>Approved day labour grouped by crew, trade, reason or month, with the same figures as the Excel export.</summary>
public sealed class LabourSummaryModel(GetProject getProject, GetDayLabourSummary getSummary) : PageModel
{
    /// <summary>The groupings a site office asks for; the API offers more (day, week, activity) for the export.</summary>
    public static readonly IReadOnlyList<DayLabourGrouping> Groupings =
        [DayLabourGrouping.Crew, DayLabourGrouping.Trade, DayLabourGrouping.Reason, DayLabourGrouping.Month];

    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery]
    public DayLabourGrouping Grouping { get; set; } = DayLabourGrouping.Crew;

    [FromQuery]
    public DateOnly? From { get; set; }

    [FromQuery]
    public DateOnly? To { get; set; }

    /// <summary>Column sort ("amount", "amount_desc", …); groups come in their natural order (crew, month…) by default.</summary>
    [FromQuery]
    public string? Sort { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public IReadOnlyList<DayLabourSummaryRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        Rows = Gantry.Web.Funds.ListSort.Apply(
            await getSummary.ExecuteAsync(Id, new DayLabourSummaryQuery { Grouping = Grouping, From = From, To = To }, cancellationToken), Sort,
            new Dictionary<string, Func<DayLabourSummaryRow, IComparable?>>(StringComparer.Ordinal)
            {
                ["group"] = r => r.Label, ["entries"] = r => r.Entries, ["days"] = r => r.WorkerDays, ["amount"] = r => r.Amount,
            });
        return Page();
    }

    public string Query(DayLabourGrouping grouping) =>
        $"grouping={grouping}" + (From is { } f ? "&from=" + f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty)
        + (To is { } t ? "&to=" + t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty);
}
