using Gantry.Core.DayLabour;
using Gantry.Core.Projects;
using Gantry.Web.Money;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Projects.Money;

/// <summary>The worker roster (花名册): who may appear on tickets and the wage sheet, filtered, sorted and downloadable.</summary>
public sealed class WorkersModel(GetProject getProject, ListWorkers listWorkers) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>Part of a name, trade or crew.</summary>
    [FromQuery]
    public string? Q { get; set; }

    [FromQuery]
    public Guid? Crew { get; set; }

    [FromQuery]
    public string? Sort { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public IReadOnlyList<WorkerSummary> Workers { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Crews { get; private set; } = [];

    public string Query => (string.IsNullOrWhiteSpace(Q) ? string.Empty : "q=" + Uri.EscapeDataString(Q.Trim()) + "&")
        + (Crew is { } c ? "crewOrganisationId=" + c + "&" : string.Empty) + (Sort is null ? string.Empty : "sort=" + Uri.EscapeDataString(Sort));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        var all = await listWorkers.ExecuteAsync(Id, cancellationToken);
        Crews = all.GroupBy(w => w.CrewOrganisationId).Select(g => (g.Key, g.First().CrewName)).OrderBy(c => c.CrewName, StringComparer.Ordinal).ToArray();
        Workers = WorkerRosterView.Apply(all, Q, Crew, Sort);
        return Page();
    }
}
