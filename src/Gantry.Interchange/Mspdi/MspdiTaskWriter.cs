using System.Globalization;
using Gantry.Scheduling;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// Writes the <c>Tasks</c>: the project summary (UID 0), then one task per outline row in the
/// schema's element order, with its links, custom field values and baselines. Computed dates and
/// slack are the ones the file's tool stored (<see cref="StoredActivityDates"/>); MS Project
/// recomputes them when it opens the file.
/// </summary>
internal sealed class MspdiTaskWriter(ImportedSchedule schedule, ScheduleDetails details, Dictionary<string, int> taskUids, Dictionary<string, int> calendarUids, List<ImportNote> notes)
{
    private readonly Dictionary<string, StoredActivityDates> stored = schedule.Stored.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    private readonly ILookup<string, ScheduleRelationship> predecessors = schedule.Network.Relationships.ToLookup(r => r.SuccessorId, StringComparer.Ordinal);
    private readonly Dictionary<(string, string, RelationshipType), DurationDisplay> lagDisplays = details.Links
        .GroupBy(l => (l.PredecessorId, l.SuccessorId, l.Type)).ToDictionary(g => g.Key, g => g.First().LagDisplay);

    private readonly int minutesPerDay = MspdiWriter.MinutesPerDay(schedule);
    private readonly MspdiUserFields userFields = new(details.UserFieldDefinitions, notes);

    /// <summary>Write each activity's code as the Text1 custom field value.</summary>
    public bool WriteActivityCodes { get; init; }

    public void Write(MspdiXml x, List<MspdiTaskRow> rows)
    {
        x.Start("Tasks");
        ProjectSummary(x);
        // outline[k] is the running number at level k + 1: 1, 1.1, 1.2, 2 …
        var outline = new List<int>();
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            int level = row.OutlineLevel;
            if (outline.Count >= level)
            {
                outline.RemoveRange(level, outline.Count - level);
                outline[level - 1]++;
            }
            else
            {
                while (outline.Count < level)
                {
                    outline.Add(1);
                }
            }

            string number = string.Join('.', outline);
            if (row.Activity is { } activity)
            {
                Task(x, row, activity, i + 1, number);
            }
            else
            {
                WbsSummary(x, row, i + 1, number);
            }
        }

        x.End();
    }

    private void ProjectSummary(MspdiXml x)
    {
        x.Start("Task");
        x.Int("UID", 0);
        x.Int("ID", 0);
        x.Text("Name", details.Project?.Title ?? details.Project?.Name ?? Path.GetFileNameWithoutExtension(schedule.Source));
        x.Flag("Active", true);
        x.Flag("Manual", false);
        x.Int("Type", 1);
        x.Flag("IsNull", false);
        x.Text("OutlineNumber", "0");
        x.Int("OutlineLevel", 0);
        x.Date("Start", schedule.Options.ProjectStart);
        x.Flag("Summary", true);
        x.End();
    }

    private static void WbsSummary(MspdiXml x, MspdiTaskRow row, int id, string outlineNumber)
    {
        x.Start("Task");
        x.Int("UID", row.Uid);
        x.Int("ID", id);
        x.Text("Name", row.Name ?? row.WbsCode);
        x.Flag("Active", true);
        x.Flag("Manual", false);
        x.Int("Type", 1);
        x.Flag("IsNull", false);
        x.Text("WBS", row.WbsCode);
        x.Text("OutlineNumber", outlineNumber);
        x.Int("OutlineLevel", row.OutlineLevel);
        x.Flag("Summary", row.HasChildren);
        x.End();
    }

    private void Task(MspdiXml x, MspdiTaskRow row, ScheduleActivity a, int id, string outlineNumber)
    {
        var d = details.For(a.Id);
        var s = stored.GetValueOrDefault(a.Id);
        string record = "Task UID " + row.Uid.ToString(CultureInfo.InvariantCulture);
        bool summary = row.HasChildren;
        if (a.Type == ActivityType.WbsSummary && !summary)
        {
            notes.Add(new ImportNote(ImportNoteKind.Changed, record, InterchangeText.Get("Note.EmptyWbsSummary")));
        }
        else if (a.Type == ActivityType.LevelOfEffort)
        {
            notes.Add(new ImportNote(ImportNoteKind.Changed, record, InterchangeText.Get("Note.LevelOfEffort")));
        }

        long remaining = a.RemainingDurationMinutes ?? (a.IsComplete ? 0 : a.OriginalDurationMinutes);
        DateTime start = d?.Start ?? a.ActualStart ?? s?.EarlyStart ?? a.PrimaryConstraint.Date ?? schedule.Options.ProjectStart;
        DateTime finish = d?.Finish ?? a.ActualFinish ?? s?.EarlyFinish ?? start;
        var display = d?.DurationDisplay ?? new DurationDisplay(DurationUnit.Days, a.ElapsedDuration);
        x.Start("Task");
        x.Int("UID", row.Uid);
        x.Int("ID", id);
        x.Text("Name", a.Name);
        x.Flag("Active", true);
        x.Flag("Manual", d?.ManuallyScheduled == true);

        // Fixed duration: the file gives both duration and work, MS Project must not derive one from the other.
        x.Int("Type", 1);
        x.Flag("IsNull", false);
        x.Text("WBS", d?.WbsCode);
        x.Text("OutlineNumber", outlineNumber);
        x.Int("OutlineLevel", row.OutlineLevel);
        x.Date("Start", start);
        x.Date("Finish", finish);
        x.Duration("Duration", Exact(d?.ExactDurationMinutes, a.OriginalDurationMinutes));
        x.Int("DurationFormat", MspdiDurationFormat.ToCode(display));
        x.Duration("Work", d?.WorkMinutes);
        x.Date("Stop", d != null ? d.Stop : a.SuspendDate);
        x.Date("Resume", d != null ? d.Resume : a.ResumeDate);
        x.Flag("Estimated", display.Estimated);
        x.Flag("Milestone", a.IsMilestone);
        x.Flag("Summary", summary);
        x.Flag("Critical", s?.Critical == true);
        x.Date("EarlyStart", s?.EarlyStart);
        x.Date("EarlyFinish", s?.EarlyFinish);
        x.Date("LateStart", s?.LateStart);
        x.Date("LateFinish", s?.LateFinish);

        // Slack is written in tenths of a minute.
        x.Int("FreeSlack", s?.FreeFloatMinutes * 10);
        x.Int("TotalSlack", s?.TotalFloatMinutes * 10);
        x.Int("PercentComplete", (long)Math.Round(a.PercentComplete, MidpointRounding.AwayFromZero));
        x.Date("ActualStart", a.ActualStart);
        x.Date("ActualFinish", a.ActualFinish);
        x.Duration("ActualDuration", Exact(d?.ExactActualDurationMinutes, Math.Max(0, a.OriginalDurationMinutes - remaining)));
        x.Duration("RemainingDuration", Exact(d?.ExactRemainingDurationMinutes, remaining));
        Constraint(x, a, d, record);
        if (a.Deadline is { } deadline)
        {
            x.Date("Deadline", deadline);
        }

        x.Flag("IgnoreResourceCalendar", d?.IgnoresResourceCalendars == true);
        foreach (var link in predecessors[a.Id])
        {
            Link(x, link);
        }

        UserFieldValue[] code = WriteActivityCodes && a.Code != null ? [new UserFieldValue { Field = MspdiWriter.ActivityCodeField, Text = a.Code }] : [];
        userFields.Write(x, [.. code, .. d?.UserFields ?? []], record);

        foreach (var baseline in Baselines(d))
        {
            x.Start("Baseline");
            x.Int("Number", baseline.Number);
            x.Date("Start", baseline.Start);
            x.Date("Finish", baseline.Finish);
            x.Duration("Duration", baseline.DurationMinutes);
            x.Duration("Work", baseline.WorkMinutes);
            x.Number("Cost", baseline.Cost);
            x.End();
        }

        x.End();
    }

    /// <summary>The file's own value to the second when it rounds to what the engine holds, else the engine's.</summary>
    private static decimal Exact(decimal? exact, long engineMinutes) =>
        exact is { } e && (long)Math.Round(e, MidpointRounding.AwayFromZero) == engineMinutes ? e : engineMinutes;

    /// <summary>ConstraintType, CalendarUID and ConstraintDate, which the schema keeps together in this order.</summary>
    private void Constraint(MspdiXml x, ScheduleActivity a, ActivityDetails? d, string record)
    {
        var constraint = d?.FileConstraint ?? a.PrimaryConstraint;
        if (constraint.IsNone && !a.SecondaryConstraint.IsNone)
        {
            constraint = a.SecondaryConstraint;
        }
        else if (!a.SecondaryConstraint.IsNone)
        {
            notes.Add(new ImportNote(ImportNoteKind.Skipped, record, InterchangeText.Format("Note.SecondaryConstraint", a.SecondaryConstraint.Type)));
        }

        if (constraint.Type is ConstraintType.MandatoryStart or ConstraintType.MandatoryFinish)
        {
            notes.Add(new ImportNote(ImportNoteKind.Changed, record, InterchangeText.Get(constraint.Type == ConstraintType.MandatoryStart ? "Note.MandatoryStart" : "Note.MandatoryFinish")));
        }

        x.Int("ConstraintType", constraint.Type switch
        {
            ConstraintType.AsLateAsPossible => 1,
            ConstraintType.StartOn or ConstraintType.MandatoryStart => 2,
            ConstraintType.FinishOn or ConstraintType.MandatoryFinish => 3,
            ConstraintType.StartNoEarlierThan => 4,
            ConstraintType.StartNoLaterThan => 5,
            ConstraintType.FinishNoEarlierThan => 6,
            ConstraintType.FinishNoLaterThan => 7,
            _ => 0,
        });
        x.Int("CalendarUID", a.CalendarId is { } c && calendarUids.TryGetValue(c, out int uid) ? uid : -1);
        x.Date("ConstraintDate", constraint.Date);
    }

    private void Link(MspdiXml x, ScheduleRelationship link)
    {
        var display = lagDisplays.TryGetValue((link.PredecessorId, link.SuccessorId, link.Type), out var known) ? known : DefaultLagDisplay(link);
        x.Start("PredecessorLink");
        x.Int("PredecessorUID", taskUids[link.PredecessorId]);
        x.Int("Type", link.Type switch
        {
            RelationshipType.FinishToFinish => 0,
            RelationshipType.StartToFinish => 2,
            RelationshipType.StartToStart => 3,
            _ => 1,
        });
        x.Flag("CrossProject", false);

        // Tenths of a minute, except a percent lag, which is the percent itself.
        x.Int("LinkLag", (long)Math.Round(link.LagKind == LagKind.Percent ? link.Lag : link.Lag * 10, MidpointRounding.AwayFromZero));
        x.Int("LagFormat", MspdiDurationFormat.ToCode(display));
        x.End();
    }

    /// <summary>Days when the lag is whole days of the project, else hours; percent lags stay percent.</summary>
    private DurationDisplay DefaultLagDisplay(ScheduleRelationship link)
    {
        if (link.LagKind == LagKind.Percent)
        {
            return new DurationDisplay(DurationUnit.Percent);
        }

        bool elapsed = link.LagKind == LagKind.Elapsed;
        double day = elapsed ? 24 * 60 : minutesPerDay;
        return new DurationDisplay(link.Lag % day == 0 ? DurationUnit.Days : DurationUnit.Hours, elapsed);
    }

    /// <summary>The file's baselines; a schedule that keeps only planned dates as its baseline writes them as baseline 0.</summary>
    private IEnumerable<BaselineValues> Baselines(ActivityDetails? d)
    {
        if (d == null)
        {
            return [];
        }

        if (d.Baselines.Count > 0 || !details.HasBaseline || (d.PlannedStart == null && d.PlannedFinish == null))
        {
            return d.Baselines;
        }

        return [new BaselineValues { Number = 0, Start = d.PlannedStart, Finish = d.PlannedFinish }];
    }
}
