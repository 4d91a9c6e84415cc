using Gantry.Core.DayLabour;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Projects.Money;

/// <summary>The project's day-labour tickets, filtered by status, date and crew and sorted by a column.</summary>
public sealed class TicketsModel(GetProject getProject, ListTickets listTickets) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery]
    public TicketStatus? Status { get; set; }

    [FromQuery]
    public DateOnly? From { get; set; }

    [FromQuery]
    public DateOnly? To { get; set; }

    [FromQuery]
    public Guid? Crew { get; set; }

    /// <summary>Column key, with "_desc" for descending; newest first when absent.</summary>
    [FromQuery]
    public string? Sort { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public IReadOnlyList<TicketSummary> Tickets { get; private set; } = [];

    /// <summary>The crews among the listed tickets, for the crew filter.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Crews { get; private set; } = [];

    public bool CanWrite => Project.MyPermissions.Contains(Permission.RecordDayLabour);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        var all = await listTickets.ExecuteAsync(Id, new TicketQuery { Status = Status, From = From, To = To, Take = 1000 }, cancellationToken);
        Crews = all.GroupBy(t => t.CrewOrganisationId).Select(g => (g.Key, g.First().CrewName)).OrderBy(c => c.CrewName, StringComparer.Ordinal)
            .ToArray();
        var tickets = Crew is { } crew ? all.Where(t => t.CrewOrganisationId == crew) : all;
        Tickets = (Sort switch
        {
            "number" => tickets.OrderBy(t => t.Number),
            "number_desc" => tickets.OrderByDescending(t => t.Number),
            "date" => tickets.OrderBy(t => t.Date).ThenBy(t => t.Number),
            "crew" => tickets.OrderBy(t => t.CrewName, StringComparer.Ordinal).ThenByDescending(t => t.Date),
            "crew_desc" => tickets.OrderByDescending(t => t.CrewName, StringComparer.Ordinal).ThenByDescending(t => t.Date),
            "amount" => tickets.OrderBy(t => t.Amount),
            "amount_desc" => tickets.OrderByDescending(t => t.Amount),
            "status" => tickets.OrderBy(t => t.Status).ThenByDescending(t => t.Date),
            "status_desc" => tickets.OrderByDescending(t => t.Status).ThenByDescending(t => t.Date),
            _ => tickets.OrderByDescending(t => t.Date).ThenByDescending(t => t.Number),
        }).ToArray();
        return Page();
    }

    /// <summary>The filter as the Excel download takes it, so the download lists what the page lists.</summary>
    public string ExportQuery => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(string.Empty, new Dictionary<string, string?>
    {
        ["status"] = Status?.ToString(),
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["crewOrganisationId"] = Crew?.ToString(),
    }.Where(q => q.Value is not null));

    /// <summary>The address of this list sorted by <paramref name="key"/>, toggling the direction when it is already the sort.</summary>
    public string SortUrl(string key)
    {
        var next = Sort == key ? key + "_desc" : key;
        var query = new Dictionary<string, string?>
        {
            ["status"] = Status?.ToString(),
            ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["crew"] = Crew?.ToString(),
            ["sort"] = next,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(string.Empty, query.Where(q => q.Value is not null));
    }
}
