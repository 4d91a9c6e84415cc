using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Gantry.Interchange.Excel;
using Gantry.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects.Views;

/// <summary>
/// The key milestones with contractual date, forecast, baseline, variance and status colour.
/// Planners type the contractual dates (合同节点日期) here and flag tasks as key milestones.
/// </summary>
public sealed class MilestonesModel(GetProject getProject, ListMilestones listMilestones, UpdateActivity updateActivity,
    GetSchedule getSchedule, IStringLocalizer<ScheduleViewsResource> text) : ScheduleViewPage(getProject)
{
    [FromQuery]
    public int Tolerance { get; set; } = ListMilestones.DefaultToleranceDays;

    public IReadOnlyList<MilestoneRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadProjectAsync(cancellationToken);
        Rows = await LoadRowsAsync(cancellationToken);
        return Page();
    }

    /// <summary>The table as .xlsx, with the status in words because colours do not survive printing.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        await LoadProjectAsync(cancellationToken);
        Rows = await LoadRowsAsync(cancellationToken);
        var stream = new MemoryStream();
        XlsxWriter.Write(stream, [new XlsxSheet
        {
            Name = text["Milestones.Title"],
            Columns = [
                new XlsxColumn(text["Milestones.Code"], 14), new XlsxColumn(text["Milestones.Name"], 40),
                new XlsxColumn(text["Milestones.Contractual"], 14), new XlsxColumn(text["Milestones.Forecast"], 14),
                new XlsxColumn(text["Milestones.Baseline"], 14), new XlsxColumn(text["Milestones.Actual"], 14),
                new XlsxColumn(text["Milestones.Variance"], 12), new XlsxColumn(text["Milestones.Status"], 14),
            ],
            Rows = Rows.Select(r => new object?[]
            {
                r.Code, r.Name, r.ContractualDate, r.Forecast?.Date, r.Baseline?.Date, r.Actual?.Date, r.VarianceDays,
                text["Status." + r.Status].Value,
            }).ToList(),
        }]);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            string.Create(CultureInfo.InvariantCulture, $"{Project.Code}-milestones.xlsx"));
    }

    public async Task<IActionResult> OnPostContractualDateAsync(Guid activityId, DateOnly? contractualDate, int version,
        CancellationToken cancellationToken)
    {
        var patch = contractualDate is { } date
            ? new ActivityPatch { ContractualDate = date.ToDateTime(TimeOnly.MinValue), Version = version }
            : new ActivityPatch { Clear = ["contractualDate"], Version = version };
        return await EditAsync(async () =>
        {
            await updateActivity.ExecuteAsync(Id, activityId, patch, cancellationToken);
            return text["Milestones.Saved"].Value;
        }, Back());
    }

    /// <summary>Flags (or unflags) a task as a key milestone; the activity is named by its code, as planners know it.</summary>
    public async Task<IActionResult> OnPostKeyAsync(string? code, Guid? activityId, bool key, int? version, CancellationToken cancellationToken)
    {
        return await EditAsync(async () =>
        {
            var (id, currentVersion) = activityId is { } given ? (given, version) : await FindByCodeAsync(code, cancellationToken);
            await updateActivity.ExecuteAsync(Id, id, new ActivityPatch { IsKeyMilestone = key, Version = currentVersion }, cancellationToken);
            return text[key ? "Milestones.Flagged" : "Milestones.Unflagged"].Value;
        }, Back());
    }

    private async Task<(Guid, int?)> FindByCodeAsync(string? code, CancellationToken cancellationToken)
    {
        var schedule = await getSchedule.ExecuteAsync(Id, cancellationToken);
        var activity = schedule.Activities.FirstOrDefault(a => string.Equals(a.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw ValidationFailedException.For("code", text["Milestones.NoSuchCode", code ?? string.Empty]);
        return (activity.Id, activity.Version);
    }

    private async Task<IReadOnlyList<MilestoneRow>> LoadRowsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await listMilestones.ExecuteAsync(Id, Tolerance, cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            ModelState.AddFieldErrors(failure, string.Empty, new HashSet<string>(StringComparer.Ordinal));
            Tolerance = ListMilestones.DefaultToleranceDays;
            return await listMilestones.ExecuteAsync(Id, Tolerance, cancellationToken);
        }
    }

    private string Back() => string.Create(CultureInfo.InvariantCulture, $"~/projects/{Id}/milestones?tolerance={Tolerance}");

    /// <summary>The CSS class of a status colour: green, amber, red, grey.</summary>
    public static string ColourOf(MilestoneStatus status) => status switch
    {
        MilestoneStatus.OnTrack => "milestone-green",
        MilestoneStatus.AtRisk => "milestone-amber",
        MilestoneStatus.Late => "milestone-red",
        _ => "milestone-grey",
    };
}
