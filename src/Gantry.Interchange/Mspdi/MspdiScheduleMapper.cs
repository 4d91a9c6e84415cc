using System.Globalization;
using Gantry.Scheduling;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// Maps an MSPDI project onto the engine's network and options and keeps MS Project's computed
/// dates as the oracle. The project summary (UID 0), blank rows and inactive tasks are left out
/// with a note; summaries roll up their outline children; manual tasks are pinned at the dates the
/// user typed, because MS Project does not move them, and are not compared.
/// </summary>
public static class MspdiScheduleMapper
{
    private const decimal MaxMinutes = 1_000_000_000m;

    /// <param name="project">The MSPDI file.</param>
    /// <param name="dataDate">A status date before which no remaining work is scheduled; MS Project itself does not use one.</param>
    public static ImportedSchedule Map(MspdiProject project, DateTime? dataDate = null)
    {
        var notes = new List<ImportNote>();
        var calendars = MspdiCalendarMapper.Map(project);
        var included = new List<MspdiTask>(project.Tasks.Count);
        var skipped = new HashSet<int>();
        foreach (var task in project.Tasks)
        {
            if (task.Uid == 0 || task.IsNull || !task.Active)
            {
                skipped.Add(task.Uid);
                if (task.Uid != 0 && !task.IsNull)
                {
                    notes.Add(new ImportNote(ImportNoteKind.Skipped, task.Record, InterchangeText.Get("Note.InactiveTask")));
                }

                continue;
            }

            included.Add(task);
        }

        var parents = SummaryParents(included);
        var assignments = new MspdiAssignmentMapper(project, calendars, notes);
        var activities = new List<ScheduleActivity>(included.Count);
        var stored = new List<StoredActivityDates>(included.Count);
        foreach (var task in included)
        {
            string? calendarId = null;
            if (task.CalendarUid is { } c)
            {
                calendarId = MspdiCalendarMapper.Key(c);
                if (!calendars.ContainsKey(calendarId))
                {
                    throw Error(project, task, "CalendarUID", InterchangeText.Format("TaskCalendarMissing", calendarId));
                }
            }

            if (task.Manual && !task.Summary)
            {
                notes.Add(new ImportNote(ImportNoteKind.Changed, task.Record, InterchangeText.Get("Note.ManuallyScheduled")));
            }

            activities.Add(Activity(project, task, calendarId, parents.GetValueOrDefault(task.Uid), assignments));
            stored.Add(Stored(task, calendarId, project));
        }

        var relationships = Relationships(project, included, skipped, notes);
        if (!project.ScheduleFromStart)
        {
            notes.Add(new ImportNote(ImportNoteKind.Changed, "Project", InterchangeText.Get("Note.ScheduledFromFinish")));
        }

        string? defaultCalendar = project.CalendarUid is { } pc && calendars.ContainsKey(MspdiCalendarMapper.Key(pc)) ? MspdiCalendarMapper.Key(pc) : null;
        var start = project.StartDate ?? included.Select(t => t.Start).Min()
            ?? throw new InterchangeException(InterchangeText.Get("ProjectNoStartDate"), project.Source, null, "Project", "StartDate");
        return new ImportedSchedule
        {
            Source = project.Source,
            Convention = SchedulingConvention.MicrosoftProject,
            WrittenBy = "Microsoft Project (MSPDI" + (project.SaveVersion is { } v ? " " + v.ToString(CultureInfo.InvariantCulture) : string.Empty) + ")",
            Network = new ScheduleNetwork { Activities = activities, Relationships = relationships, Calendars = [.. calendars.Values] },
            Options = new ScheduleOptions
            {
                ProjectStart = start,
                DataDate = dataDate,
                ProgressRule = ProgressRule.RetainedLogic,

                // MS Project's total slack is the smaller of start slack and finish slack.
                FloatType = FloatType.Smallest,

                // MS Project counts a lag on the successor's task calendar, else the project calendar.
                LagCalendar = LagCalendarRule.Successor,
                CriticalFloatThresholdMinutes = (long)project.CriticalSlackLimit * project.MinutesPerDay,
                DefaultCalendarId = defaultCalendar,
                Convention = SchedulingConvention.MicrosoftProject,
            },
            Calendars = calendars,
            Stored = stored,
            Notes = notes,
        };
    }

    private static ScheduleActivity Activity(MspdiProject project, MspdiTask task, string? calendarId, string? parentId, MspdiAssignmentMapper assignments)
    {
        decimal duration = task.DurationMinutes ?? 0;
        bool milestone = !task.Summary && duration == 0;
        bool complete = task.ActualFinish != null || task.PercentComplete >= 100;
        var constraint = Constraint(project, task);
        if (task.Manual && !task.Summary && task.Start is { } pinned)
        {
            constraint = new ScheduleConstraint(ConstraintType.MandatoryStart, pinned);
        }

        return new ScheduleActivity
        {
            Id = MspdiCalendarMapper.Key(task.Uid),
            Code = task.Id?.ToString(CultureInfo.InvariantCulture),
            Name = task.Name,
            Type = task.Summary ? ActivityType.WbsSummary : milestone ? ActivityType.FinishMilestone : ActivityType.Task,
            CalendarId = calendarId,
            OriginalDurationMinutes = Minutes(project, task, "Duration", duration),
            RemainingDurationMinutes = task.RemainingDurationMinutes is { } r && task.ActualStart != null ? Minutes(project, task, "RemainingDuration", r) : null,
            ElapsedDuration = IsElapsedFormat(task.DurationFormat),
            PercentComplete = (double)Math.Clamp(task.PercentComplete, 0m, 100m),
            ActualStart = task.ActualStart,
            ActualFinish = complete ? task.ActualFinish : null,

            // Stop/Resume describe a split: the done part stops, the rest resumes later.
            SuspendDate = task.ActualStart != null && !complete && task.Stop is { } stop && task.Resume is { } resume && resume > stop ? stop : null,
            ResumeDate = task.ActualStart != null && !complete && task.Stop is { } s && task.Resume is { } res && res > s ? res : null,
            PrimaryConstraint = constraint,
            Deadline = task.Deadline,
            ParentId = parentId,
            Assignments = assignments.For(task, milestone),
        };
    }

    private static StoredActivityDates Stored(MspdiTask task, string? calendarId, MspdiProject project) => new()
    {
        Id = MspdiCalendarMapper.Key(task.Uid),
        Code = task.Id?.ToString(CultureInfo.InvariantCulture),
        Name = task.Name,
        CalendarId = calendarId,
        EarlyStart = task.EarlyStart,
        EarlyFinish = task.EarlyFinish,
        LateStart = task.LateStart,
        LateFinish = task.LateFinish,

        // Slack is written in tenths of a minute.
        TotalFloatMinutes = task.TotalSlack is { } ts ? (long)Math.Round(ts / 10m, MidpointRounding.AwayFromZero) : null,
        FreeFloatMinutes = task.FreeSlack is { } fs ? (long)Math.Round(fs / 10m, MidpointRounding.AwayFromZero) : null,
        Critical = task.Critical,
        ScheduledByCpm = !task.Manual || task.Summary,
    };

    private static ScheduleConstraint Constraint(MspdiProject project, MspdiTask task)
    {
        if (task.ConstraintType == 0)
        {
            return ScheduleConstraint.None;
        }

        if (task.ConstraintType == 1)
        {
            return new ScheduleConstraint(ConstraintType.AsLateAsPossible);
        }

        var date = task.ConstraintDate ?? throw Error(project, task, "ConstraintDate", InterchangeText.Format("ConstraintNeedsDate", task.ConstraintType));
        return new ScheduleConstraint(
            task.ConstraintType switch
            {
                2 => ConstraintType.StartOn,
                3 => ConstraintType.FinishOn,
                4 => ConstraintType.StartNoEarlierThan,
                5 => ConstraintType.StartNoLaterThan,
                6 => ConstraintType.FinishNoEarlierThan,
                _ => ConstraintType.FinishNoLaterThan,
            },
            date);
    }

    private static List<ScheduleRelationship> Relationships(MspdiProject project, List<MspdiTask> included, HashSet<int> skipped, List<ImportNote> notes)
    {
        var known = included.Select(t => t.Uid).ToHashSet();
        var links = new List<ScheduleRelationship>();
        foreach (var task in included)
        {
            foreach (var link in task.Predecessors)
            {
                if (link.CrossProject)
                {
                    notes.Add(new ImportNote(ImportNoteKind.Skipped, task.Record, InterchangeText.Get("Note.CrossProjectLink")));
                    continue;
                }

                if (!known.Contains(link.PredecessorUid))
                {
                    if (skipped.Contains(link.PredecessorUid))
                    {
                        notes.Add(new ImportNote(ImportNoteKind.Skipped, task.Record, InterchangeText.Format("Note.LinkFromUnscheduled", MspdiCalendarMapper.Key(link.PredecessorUid))));
                        continue;
                    }

                    throw new InterchangeException(InterchangeText.Format("PredecessorUidMissing", MspdiCalendarMapper.Key(link.PredecessorUid)), project.Source, LineOf(link.Element), task.Record, "PredecessorUID");
                }

                // LinkLag is tenths of a minute, except for percent formats, where it is the percent itself.
                decimal lag = link.IsPercent ? link.LinkLag : link.LinkLag / 10m;
                links.Add(new ScheduleRelationship
                {
                    PredecessorId = MspdiCalendarMapper.Key(link.PredecessorUid),
                    SuccessorId = MspdiCalendarMapper.Key(task.Uid),
                    Type = link.Type switch
                    {
                        0 => RelationshipType.FinishToFinish,
                        2 => RelationshipType.StartToFinish,
                        3 => RelationshipType.StartToStart,
                        _ => RelationshipType.FinishToStart,
                    },

                    Lag = Math.Abs(lag) <= MaxMinutes ? (double)lag : throw new InterchangeException(InterchangeText.Get("LagOutOfRange"), project.Source, LineOf(link.Element), task.Record, "LinkLag"),
                    LagKind = link.IsPercent ? LagKind.Percent : link.IsElapsed ? LagKind.Elapsed : LagKind.Working,
                });
            }
        }

        return links;
    }

    /// <summary>Parent summary of each task by outline level, in file order as MS Project writes the outline.</summary>
    private static Dictionary<int, string> SummaryParents(List<MspdiTask> tasks)
    {
        var parents = new Dictionary<int, string>();
        var open = new List<MspdiTask>();
        foreach (var task in tasks)
        {
            while (open.Count > 0 && open[^1].OutlineLevel >= task.OutlineLevel)
            {
                open.RemoveAt(open.Count - 1);
            }

            if (open.Count > 0)
            {
                parents[task.Uid] = MspdiCalendarMapper.Key(open[^1].Uid);
            }

            if (task.Summary)
            {
                open.Add(task);
            }
        }

        return parents;
    }

    /// <summary>Elapsed duration formats: em, eh, ed, ew, emo, e% and their estimated (+32) forms.</summary>
    private static bool IsElapsedFormat(int? format) => format is 4 or 6 or 8 or 10 or 12 or 20 or 36 or 38 or 40 or 42 or 44 or 52;

    private static long Minutes(MspdiProject project, MspdiTask task, string field, decimal minutes) =>
        Math.Abs(minutes) <= MaxMinutes
            ? (long)Math.Round(minutes, MidpointRounding.AwayFromZero)
            : throw Error(project, task, field, InterchangeText.Get("DurationOutOfRange"));

    private static InterchangeException Error(MspdiProject project, MspdiTask task, string field, string problem) =>
        new(problem, project.Source, LineOf(task.Element), task.Record, field);

    private static long? LineOf(System.Xml.Linq.XElement element) =>
        element is System.Xml.IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
}
