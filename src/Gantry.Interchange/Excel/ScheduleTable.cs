using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Excel;

/// <summary>
/// The activity table of a scheduled result, as both the .xlsx and the CSV export write it: the
/// planner's inputs (in the same columns the importer reads, so an export imports back into the
/// same network) followed by the computed dates, floats and critical flag. Durations and floats
/// are in days of the activity's own calendar; dates are local wall-clock times.
/// </summary>
public static class ScheduleTable
{
    /// <summary>The columns in order, with their header and width.</summary>
    public static IReadOnlyList<(ExcelColumn Column, XlsxColumn Layout)> Columns { get; } =
    [
        (ExcelColumn.WbsCode, new(ExcelHeaders.Bilingual(ExcelColumn.WbsCode), 12)),
        (ExcelColumn.ActivityCode, new(ExcelHeaders.Bilingual(ExcelColumn.ActivityCode), 14)),
        (ExcelColumn.Name, new(ExcelHeaders.Bilingual(ExcelColumn.Name), 40)),
        (ExcelColumn.Type, new(ExcelHeaders.Bilingual(ExcelColumn.Type), 16)),
        (ExcelColumn.Calendar, new(ExcelHeaders.Bilingual(ExcelColumn.Calendar), 14)),
        (ExcelColumn.Duration, new(ExcelHeaders.Bilingual(ExcelColumn.Duration, "天", "days"), 12)),
        (ExcelColumn.RemainingDuration, new(ExcelHeaders.Bilingual(ExcelColumn.RemainingDuration, "天", "days"), 12)),
        (ExcelColumn.Predecessors, new(ExcelHeaders.Bilingual(ExcelColumn.Predecessors), 28)),
        (ExcelColumn.ConstraintType, new(ExcelHeaders.Bilingual(ExcelColumn.ConstraintType), 12)),
        (ExcelColumn.ConstraintDate, new(ExcelHeaders.Bilingual(ExcelColumn.ConstraintDate), 17)),
        (ExcelColumn.PlannedStart, new(ExcelHeaders.Bilingual(ExcelColumn.PlannedStart), 17)),
        (ExcelColumn.PlannedFinish, new(ExcelHeaders.Bilingual(ExcelColumn.PlannedFinish), 17)),
        (ExcelColumn.ActualStart, new(ExcelHeaders.Bilingual(ExcelColumn.ActualStart), 17)),
        (ExcelColumn.ActualFinish, new(ExcelHeaders.Bilingual(ExcelColumn.ActualFinish), 17)),
        (ExcelColumn.PercentComplete, new(ExcelHeaders.Bilingual(ExcelColumn.PercentComplete, "%", "%"), 12)),
        (ExcelColumn.Resource, new(ExcelHeaders.Bilingual(ExcelColumn.Resource), 20)),
        (ExcelColumn.Budget, new(ExcelHeaders.Bilingual(ExcelColumn.Budget), 14)),
        (ExcelColumn.EarlyStart, new(ExcelHeaders.Bilingual(ExcelColumn.EarlyStart), 17)),
        (ExcelColumn.EarlyFinish, new(ExcelHeaders.Bilingual(ExcelColumn.EarlyFinish), 17)),
        (ExcelColumn.LateStart, new(ExcelHeaders.Bilingual(ExcelColumn.LateStart), 17)),
        (ExcelColumn.LateFinish, new(ExcelHeaders.Bilingual(ExcelColumn.LateFinish), 17)),
        (ExcelColumn.TotalFloat, new(ExcelHeaders.Bilingual(ExcelColumn.TotalFloat, "天", "days"), 12)),
        (ExcelColumn.FreeFloat, new(ExcelHeaders.Bilingual(ExcelColumn.FreeFloat, "天", "days"), 12)),
        (ExcelColumn.Critical, new(ExcelHeaders.Bilingual(ExcelColumn.Critical), 8)),
    ];

    /// <summary>One row per activity in network order, one value per column of <see cref="Columns"/>.</summary>
    public static List<object?[]> Rows(ImportedSchedule schedule, ScheduleResult result, ScheduleDetails details)
    {
        var network = schedule.Network;
        var byId = network.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var predecessors = network.Relationships.ToLookup(r => r.SuccessorId, StringComparer.Ordinal);
        var rows = new List<object?[]>(network.Activities.Count);
        foreach (var activity in network.Activities)
        {
            var calendar = CalendarOf(schedule, activity.CalendarId);
            double perDay = calendar?.MinutesPerDay ?? 480;
            var r = result[activity.Id];
            var more = details.For(activity.Id);
            var constraint = activity.PrimaryConstraint;
            rows.Add(
            [
                more?.WbsCode,
                Code(activity),
                activity.Name,
                ActivityTypeText.Format(activity.Type),
                CalendarName(schedule, activity.CalendarId),
                activity.OriginalDurationMinutes / perDay,
                activity.RemainingDurationMinutes is { } remaining ? remaining / perDay : null,
                string.Join(", ", predecessors[activity.Id].Select(l => Link(l, byId, schedule))),
                constraint.IsNone ? null : ConstraintText.Format(constraint.Type),
                constraint.Date,
                more?.PlannedStart,
                more?.PlannedFinish,
                activity.ActualStart,
                activity.ActualFinish,
                activity.PercentComplete,
                more is { Resources.Count: > 0 } ? string.Join(", ", more.Resources) : null,
                more?.Budget,
                r.EarlyStart,
                r.EarlyFinish,
                r.LateStart,
                r.LateFinish,
                r.TotalFloatMinutes is { } tf ? Math.Round(tf / perDay, 3) : null,
                r.FreeFloatMinutes is { } ff ? Math.Round(ff / perDay, 3) : null,
                r.Critical ? "Y" : "N",
            ]);
        }

        return rows;
    }

    /// <summary>The code a planner reads; the id when the activity has none.</summary>
    private static string Code(ScheduleActivity activity) => string.IsNullOrEmpty(activity.Code) ? activity.Id : activity.Code;

    private static string Link(ScheduleRelationship link, Dictionary<string, ScheduleActivity> byId, ImportedSchedule schedule)
    {
        var predecessor = byId.GetValueOrDefault(link.PredecessorId);
        string code = predecessor == null ? link.PredecessorId : Code(predecessor);
        int perDay = CalendarOf(schedule, predecessor?.CalendarId)?.MinutesPerDay ?? 480;
        return PredecessorText.Format(code, link.Type, link.Lag, link.LagKind, perDay);
    }

    private static CalendarDefinition? CalendarOf(ImportedSchedule schedule, string? calendarId) =>
        schedule.CalendarOf(calendarId) is { } id && schedule.Calendars.TryGetValue(id, out var calendar) ? calendar : null;

    /// <summary>Built-in calendars by id (the importer knows them), others by name, which reads better than a P6 number.</summary>
    private static string? CalendarName(ImportedSchedule schedule, string? calendarId)
    {
        if (calendarId == null)
        {
            return null;
        }

        if (BuiltInCalendars.Find(calendarId) is not null || !schedule.Calendars.TryGetValue(calendarId, out var calendar) || string.IsNullOrWhiteSpace(calendar.Name))
        {
            return calendarId;
        }

        return calendar.Name;
    }
}
