using Gantry.Core.Schedules;

namespace Gantry.Web.Schedule;

/// <summary>The read side of the schedule view pages for API clients: the milestone table and a calendar's year.</summary>
public static class ScheduleViewsApi
{
    public static void MapScheduleViewsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/projects/{projectId:guid}/schedule").WithTags("Schedule");
        group.MapGet("/milestones", (Guid projectId, int? toleranceDays, ListMilestones useCase, CancellationToken ct) =>
            useCase.ExecuteAsync(projectId, toleranceDays ?? ListMilestones.DefaultToleranceDays, ct));
        group.MapGet("/calendars/{calendarId:guid}/days", (Guid projectId, Guid calendarId, int? year, GetCalendarYear useCase, TimeProvider clock,
            CancellationToken ct) =>
            // Without a year the page shows this year, so the API does the same.
            useCase.ExecuteAsync(projectId, calendarId, year ?? clock.GetUtcNow().Year, ct));
    }
}
