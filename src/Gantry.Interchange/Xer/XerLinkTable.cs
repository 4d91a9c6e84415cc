using Gantry.Scheduling;

namespace Gantry.Interchange.Xer;

/// <summary>
/// The TASKPRED table. P6 lags are working hours on the lag calendar; MS Project's elapsed and
/// percent lags have no P6 form, so they are converted to working hours of the predecessor's
/// calendar (an elapsed week is a working week; a percent is of the predecessor's duration) and
/// reported, so the planner can check them.
/// </summary>
internal static class XerLinkTable
{
    public static readonly string[] Fields = ["task_pred_id", "task_id", "pred_task_id", "proj_id", "pred_proj_id", "pred_type", "lag_hr_cnt", "float_path", "aref", "arls"];

    public static void Write(XerTableWriter w, XerWriteContext c)
    {
        w.Table("TASKPRED", Fields);
        var activities = c.Schedule.Network.Activities.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        long id = 0;
        foreach (var link in c.Schedule.Network.Relationships)
        {
            if (!activities.TryGetValue(link.PredecessorId, out var predecessor) || !activities.ContainsKey(link.SuccessorId))
            {
                c.Notes.Add(new ImportNote(ImportNoteKind.Skipped, "TASKPRED " + link.PredecessorId + " → " + link.SuccessorId, InterchangeText.Get("Note.LinkToMissingActivity")));
                continue;
            }

            string key = XerValueText.Id(++id);
            w.Set("task_pred_id", key);
            w.Set("task_id", c.ActivityIds.Text(link.SuccessorId));
            w.Set("pred_task_id", c.ActivityIds.Text(link.PredecessorId));
            w.Set("proj_id", c.ProjectIdText);
            w.Set("pred_proj_id", c.ProjectIdText);
            w.Set("pred_type", link.Type switch
            {
                RelationshipType.StartToStart => "PR_SS",
                RelationshipType.FinishToFinish => "PR_FF",
                RelationshipType.StartToFinish => "PR_SF",
                _ => "PR_FS",
            });
            w.Set("lag_hr_cnt", c.Hours(LagMinutes(link, predecessor, c, key)));
            w.EndRow();
        }
    }

    private static double LagMinutes(ScheduleRelationship link, ScheduleActivity predecessor, XerWriteContext c, string key)
    {
        switch (link.LagKind)
        {
            case LagKind.Elapsed:
                var calendar = c.CalendarsById.GetValueOrDefault(predecessor.CalendarId ?? c.DefaultCalendarId);
                double perWeek = calendar?.MinutesPerWeek ?? 2400;
                double working = Math.Round(link.Lag * perWeek / (7 * 1440));
                c.Notes.Add(new ImportNote(ImportNoteKind.Changed, "TASKPRED " + key, InterchangeText.Format("Note.ElapsedLag", Describe(link.Lag), Describe(working))));
                return working;
            case LagKind.Percent:
                double minutes = Math.Round(link.Lag / 100.0 * predecessor.OriginalDurationMinutes);
                c.Notes.Add(new ImportNote(ImportNoteKind.Changed, "TASKPRED " + key, InterchangeText.Format("Note.PercentLag", Describe(link.Lag), Describe(minutes))));
                return minutes;
            default:
                return link.Lag;
        }
    }

    private static string Describe(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
