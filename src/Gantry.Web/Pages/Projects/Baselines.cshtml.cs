using Gantry.Core.Common;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Gantry.Web.Schedule;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects;

/// <summary>
/// The project's baselines (目标计划): save a named one, the PM approves it, choose the one the Gantt
/// compares with, and read the variance per activity and per WBS node. Buttons follow permissions;
/// Core checks again on every POST, so a hidden button is a courtesy, not the check.
/// </summary>
public sealed class BaselinesModel(GetProject getProject, ListBaselines listBaselines, SaveBaseline saveBaseline, ApproveBaseline approveBaseline,
    ChooseComparisonBaseline chooseComparison, GetScheduleVariance getVariance, GetSchedule getSchedule,
    IStringLocalizer<BaselineResource> text) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The baseline the table compares with; the comparison baseline when none is named, else the newest.</summary>
    [FromQuery(Name = "baseline")]
    public Guid? BaselineId { get; set; }

    [FromQuery(Name = "q")]
    public string? Filter { get; set; }

    [FromQuery(Name = "changed")]
    public bool ChangedOnly { get; set; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = "desc")]
    public bool Descending { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public IReadOnlyList<BaselineSummary> Baselines { get; private set; } = [];

    public BaselineSummary? Shown { get; private set; }

    public IReadOnlyList<VarianceLine> ActivityLines { get; private set; } = [];

    public IReadOnlyList<VarianceLine> WbsLines { get; private set; } = [];

    public int ActivityTotal { get; private set; }

    public bool CanEdit => Project.MyPermissions.Contains(Permission.EditSchedule);

    public bool CanApprove => Project.MyPermissions.Contains(Permission.ApproveBaseline);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Shown is null)
        {
            return NotFound();
        }

        var name = $"{Project.Code}-variance-{Shown.Name}.xlsx";
        return File(VarianceWorkbook.Write(ActivityLines, WbsLines, text), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    public Task<IActionResult> OnPostSaveAsync(string? name, CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            var saved = await saveBaseline.ExecuteAsync(Id, name, cancellationToken);
            TempData["Flash"] = text["Baselines.Saved", saved.Name].Value;
        });

    public Task<IActionResult> OnPostApproveAsync(Guid baselineId, int? version, CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            var approved = await approveBaseline.ExecuteAsync(Id, baselineId, version, cancellationToken);
            TempData["Flash"] = text["Baselines.Approved", approved.Name].Value;
        });

    public Task<IActionResult> OnPostCompareAsync(Guid? baselineId, CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            var list = await chooseComparison.ExecuteAsync(Id, baselineId, cancellationToken);
            TempData["Flash"] = list.FirstOrDefault(b => b.IsComparison) is { } chosen
                ? text["Baselines.Compared", chosen.Name].Value
                : text["Baselines.NoComparison"].Value;
        });

    /// <summary>A refusal for the data (a blank name, already approved, a stale version) comes back as a message; 403 and 404 go to the error page.</summary>
    private async Task<IActionResult> ActAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (GantryException refused) when (refused is ValidationFailedException or ConcurrencyConflictException)
        {
            TempData["Error"] = refused is ValidationFailedException failure
                ? string.Join(" ", failure.Errors.Select(e => e.Message))
                : refused.Message;
        }

        return Redirect($"~/projects/{Id}/baselines");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Project = await getProject.ExecuteAsync(Id, cancellationToken);
        Baselines = await listBaselines.ExecuteAsync(Id, cancellationToken);
        Shown = Baselines.FirstOrDefault(b => b.Id == BaselineId) ?? Baselines.FirstOrDefault(b => b.IsComparison)
            ?? (Baselines.Count > 0 ? Baselines[0] : null);
        if (Shown is null)
        {
            return;
        }

        var variance = await getVariance.ExecuteAsync(Id, Shown.Id, cancellationToken);
        var schedule = await getSchedule.ExecuteAsync(Id, cancellationToken);
        var perDay = schedule.Calendars.ToDictionary(c => c.Id, c => c.MinutesPerDay);
        var activityPerDay = schedule.Activities.ToDictionary(a => a.Id,
            a => a.CalendarId is { } c && perDay.TryGetValue(c, out var minutes) ? minutes : schedule.MinutesPerDay);
        int MinutesPerDayOf(Guid id) => activityPerDay.GetValueOrDefault(id, schedule.MinutesPerDay);

        var sort = VarianceTable.SortKeys.Contains(Sort) ? Sort : null;
        ActivityTotal = variance.Activities.Count;
        ActivityLines = VarianceTable.Select(VarianceTable.Lines(variance.Activities, MinutesPerDayOf), Filter, ChangedOnly, sort, Descending);
        WbsLines = VarianceTable.Select(VarianceTable.Lines(variance.Wbs, MinutesPerDayOf), Filter, ChangedOnly, sort, Descending);
    }
}
