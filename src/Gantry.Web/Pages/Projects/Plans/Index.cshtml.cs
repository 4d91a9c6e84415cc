using Gantry.Core.Organisations;
using Gantry.Core.Permissions;
using Gantry.Core.Plans;
using Gantry.Core.Projects;
using Gantry.Web.Funds;
using Gantry.Web.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Projects.Plans;

/// <summary>The project's monthly and weekly plans, filtered by level, status and organisation, with the form to derive a new one.</summary>
public sealed class IndexModel(GetProject getProject, ListPlans listPlans, CreatePlan createPlan, ListOrganisations listOrganisations)
    : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery]
    public PlanLevel? Level { get; set; }

    [FromQuery]
    public PlanStatus? Status { get; set; }

    [FromQuery]
    public Guid? OrganisationId { get; set; }

    /// <summary>"name", "period", "status", "percent"… with "_desc" for descending; newest period first when none.</summary>
    [FromQuery]
    public string? Sort { get; set; }

    private static readonly Dictionary<string, Func<PlanSummary, IComparable?>> Columns = new(StringComparer.Ordinal)
    {
        ["name"] = p => p.Name,
        ["level"] = p => p.Level,
        ["period"] = p => p.PeriodStart,
        ["organisation"] = p => p.OrganisationName,
        ["status"] = p => p.Status,
        ["items"] = p => p.ItemCount,
        ["percent"] = p => p.PercentComplete,
    };

    public ProjectDetails Project { get; private set; } = null!;

    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    public bool CanCreate => Project.MyPermissions.Contains(Permission.EditPlans);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        var rows = await listPlans.ExecuteAsync(Id, new PlanQuery { Level = Level, Status = Status, OrganisationId = OrganisationId }, cancellationToken);
        Plans = ListSort.Apply(rows, Sort, Columns);
        Organisations = await listOrganisations.ExecuteAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(PlanLevel? level, DateOnly? date, Guid? responsibleOrganisationId, Guid? sourcePlanId,
        CancellationToken cancellationToken)
    {
        PlanDetails? created = null;
        var error = await PlanRefusal.TryAsync(async () => created = await createPlan.ExecuteAsync(Id, new PlanInput
        {
            Level = level, Date = date, ResponsibleOrganisationId = responsibleOrganisationId, SourcePlanId = sourcePlanId,
        }, cancellationToken));
        if (created is null)
        {
            TempData["Error"] = error;
            return Redirect($"~/projects/{Id}/plans");
        }

        return Redirect($"~/projects/{Id}/plans/{created.Id}");
    }
}
