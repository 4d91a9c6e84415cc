using System.Globalization;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Microsoft.AspNetCore.Mvc;

namespace Gantry.Web.Pages.Projects.Views;

/// <summary>
/// The network view of one activity: predecessors left, successors right, the driving ones marked,
/// every box a link to walk on. Server-rendered HTML, so it works on a phone without a script.
/// </summary>
public sealed class NetworkModel(GetProject getProject, GetSchedule getSchedule) : ScheduleViewPage(getProject)
{
    [FromQuery(Name = "activity")]
    public Guid? ActivityId { get; set; }

    /// <summary>Code or part of a name typed in the search box.</summary>
    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    public ActivityPayload? Centre { get; private set; }

    public IReadOnlyList<NetworkNeighbour> Predecessors { get; private set; } = [];

    public IReadOnlyList<NetworkNeighbour> Successors { get; private set; } = [];

    public ActivityPayload? DrivingBack { get; private set; }

    public ActivityPayload? CriticalForward { get; private set; }

    public IReadOnlyList<ActivityPayload> DrivingPath { get; private set; } = [];

    public bool SearchMissed { get; private set; }

    public int MinutesPerDay { get; private set; } = 480;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadProjectAsync(cancellationToken);
        var schedule = await getSchedule.ExecuteAsync(Id, cancellationToken);
        MinutesPerDay = schedule.MinutesPerDay > 0 ? schedule.MinutesPerDay : 480;
        var network = new ActivityNetwork(schedule);
        Centre = Choose(schedule, network);
        if (Centre is not null)
        {
            Predecessors = network.PredecessorsOf(Centre.Id);
            Successors = network.SuccessorsOf(Centre.Id);
            DrivingBack = network.DrivingPredecessorOf(Centre.Id);
            CriticalForward = network.CriticalSuccessorOf(Centre.Id);
            DrivingPath = network.DrivingPathTo(Centre.Id);
        }

        return Page();
    }

    /// <summary>The asked activity; else the search hit (exact code first); else the end of the programme, where a critical-path walk starts.</summary>
    private ActivityPayload? Choose(SchedulePayload schedule, ActivityNetwork network)
    {
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            var hit = schedule.Activities.FirstOrDefault(a => string.Equals(a.Code, term, StringComparison.OrdinalIgnoreCase))
                ?? schedule.Activities.FirstOrDefault(a => a.Code.Contains(term, StringComparison.OrdinalIgnoreCase)
                    || a.Name.Contains(term, StringComparison.CurrentCultureIgnoreCase));
            SearchMissed = hit is null;
            if (hit is not null)
            {
                return hit;
            }
        }

        if (ActivityId is { } id && network.Find(id) is { } asked)
        {
            return asked;
        }

        return schedule.Activities.Where(a => a.Critical).MaxBy(a => a.Finish) ?? schedule.Activities.MaxBy(a => a.Finish);
    }

    public string Days(double minutes) => (minutes / MinutesPerDay).ToString("0.#", CultureInfo.CurrentCulture);

    /// <summary>"FS", "SS +2d", "FS -1d": the type and lag as planners write them.</summary>
    public string LinkLabel(LinkPayload link) => link.LagMinutes == 0 ? link.Type
        : link.LagKind == Scheduling.LagKind.Percent ? string.Create(CultureInfo.CurrentCulture, $"{link.Type} {link.LagMinutes:+0.#;-0.#}%")
        : string.Create(CultureInfo.CurrentCulture, $"{link.Type} {(link.LagMinutes > 0 ? "+" : string.Empty)}{Days(link.LagMinutes)}d");

    public string Href(Guid activityId) => Url.Content($"~/projects/{Id}/schedule/network?activity={activityId}");
}
