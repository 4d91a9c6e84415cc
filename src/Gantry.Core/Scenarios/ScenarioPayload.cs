using Gantry.Core.Schedules;

namespace Gantry.Core.Scenarios;

/// <summary>A scheduled scenario in the schedule document's format, so the same Gantt draws it.</summary>
internal static class ScenarioPayload
{
    public static SchedulePayload Of(ScenarioModel model, string projectCode, int version, IReadOnlyList<WbsPayload> wbs)
    {
        var minutesPerDay = model.Calendars.Find(c => c.Id == model.Settings.DefaultCalendarId)?.MinutesPerDay ?? ProjectDayLength.DefaultMinutes;
        var activities = model.Activities.OrderBy(a => a.SortOrder).ThenBy(a => a.Code, StringComparer.Ordinal).Select(a => new ActivityPayload
        {
            Id = a.Id, Code = a.Code, Name = a.Name, WbsId = a.WbsId, SortOrder = a.SortOrder, Type = a.Type, CalendarId = a.CalendarId,
            OriginalDurationMinutes = a.OriginalDurationMinutes,
            RemainingDurationMinutes = a.ActualFinish is not null ? 0 : a.RemainingDurationMinutes ?? a.OriginalDurationMinutes,
            PercentComplete = a.PercentComplete, Start = a.Start, Finish = a.Finish, EarlyStart = a.EarlyStart, EarlyFinish = a.EarlyFinish,
            LateStart = a.LateStart, LateFinish = a.LateFinish, ActualStart = a.ActualStart, ActualFinish = a.ActualFinish,
            TotalFloatMinutes = a.TotalFloatMinutes, FreeFloatMinutes = a.FreeFloatMinutes, Critical = a.Critical,
            Constraint = a.ConstraintType is { } type ? new ConstraintPayload(type, a.ConstraintDate) : null, Deadline = a.Deadline,
            ResponsibleOrganisationId = a.ResponsibleOrganisationId, ResponsiblePersonId = a.ResponsiblePersonId, Version = a.Version,
        }).ToList();
        var links = model.Links.Select(l => new LinkPayload(l.Id, l.PredecessorId, l.SuccessorId, LinkPayload.Abbreviation(l.Type), l.Lag, l.LagKind,
            model.DrivingLinks.Contains(l.Id), l.Version ?? 0)).ToList();
        var calendars = model.Calendars.Select(c => new CalendarSummary(c.Id, c.Name, c.BaseCalendarId, c.IncludeChinaHolidays, c.MinutesPerDay, c.Rules,
            c.Version)).ToList();
        return new SchedulePayload(model.ProjectId, projectCode, model.Settings.DataDate, version, minutesPerDay, model.Finish, null, wbs, activities,
            links, calendars);
    }
}
