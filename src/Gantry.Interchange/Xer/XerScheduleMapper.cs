using System.Globalization;
using Gantry.Scheduling;

namespace Gantry.Interchange.Xer;

/// <summary>
/// Maps one project of an XER file onto the engine's network and options, using the options P6
/// itself used (SCHEDOPTIONS and PROJECT), and keeps P6's computed dates as the oracle.
/// Durations, lags and float are hours in the file and minutes in the engine.
/// </summary>
public static class XerScheduleMapper
{
    /// <summary>Beyond this many minutes (about 1,900 years) a duration or lag is garbage.</summary>
    private const decimal MaxMinutes = 1_000_000_000m;

    /// <param name="schedule">The typed XER file.</param>
    /// <param name="project">Project id or short name; needed when the file holds several.</param>
    /// <param name="dataDate">Schedule at this data date instead of the file's <c>last_recalc_date</c>.</param>
    public static ImportedSchedule Map(XerSchedule schedule, string? project = null, DateTime? dataDate = null)
    {
        var source = schedule.Document.Source;
        var chosen = schedule.SelectProject(project);
        var notes = new List<ImportNote>();
        var calendars = XerCalendarMapper.Map(schedule);
        var tasks = schedule.Tasks.Where(t => t.ProjectId == chosen.Id).ToList();
        var taskProject = new Dictionary<long, long>(schedule.Tasks.Count);
        foreach (var task in schedule.Tasks)
        {
            if (!taskProject.TryAdd(task.Id, task.ProjectId))
            {
                throw new InterchangeException(InterchangeText.Get("ActivityIdTwice"), source, task.Row.LineNumber, task.Row.Describe(), "task_id");
            }
        }

        string? defaultCalendar = chosen.DefaultCalendarId is { } dc && calendars.ContainsKey(XerCalendarMapper.Key(dc)) ? XerCalendarMapper.Key(dc) : null;
        var parents = new XerWbsSummaries(schedule, tasks);
        var activities = new List<ScheduleActivity>(tasks.Count);
        var stored = new List<StoredActivityDates>(tasks.Count);
        var options = Options(schedule, chosen, defaultCalendar, dataDate, notes);
        var assignments = new XerAssignmentMapper(schedule, calendars, notes);
        foreach (var task in tasks)
        {
            string? calendarId = null;
            if (task.CalendarId is { } cid)
            {
                calendarId = XerCalendarMapper.Key(cid);
                if (!calendars.ContainsKey(calendarId))
                {
                    throw new InterchangeException(InterchangeText.Format("ActivityCalendarMissing", calendarId), source, task.Row.LineNumber, task.Row.Describe(), "clndr_id");
                }
            }

            activities.Add(Activity(task, calendarId, parents.ParentOf(task), source, assignments));
            stored.Add(Stored(task, calendarId, chosen));
        }

        var relationships = Relationships(schedule, chosen, taskProject, notes, source);
        return new ImportedSchedule
        {
            Source = source,
            Convention = SchedulingConvention.PrimaveraP6,
            WrittenBy = "Primavera P6 " + schedule.Document.Version,
            Network = new ScheduleNetwork { Activities = activities, Relationships = relationships, Calendars = [.. calendars.Values] },
            Options = options,
            Calendars = calendars,
            Stored = stored,
            Notes = notes,
        };
    }

    private static ScheduleOptions Options(XerSchedule schedule, XerProject project, string? defaultCalendar, DateTime? dataDate, List<ImportNote> notes)
    {
        var row = project.Row;
        var start = project.PlannedStart ?? project.DataDate
            ?? throw new InterchangeException(InterchangeText.Get("ProjectNoStart"), schedule.Document.Source, row.LineNumber, row.Describe(), "plan_start_date");
        var set = schedule.ScheduleOptions.FirstOrDefault(o => o.ProjectId == project.Id);
        if (set == null)
        {
            notes.Add(new ImportNote(ImportNoteKind.Changed, row.Describe(), InterchangeText.Get("Note.DefaultOptions")));
        }

        return new ScheduleOptions
        {
            ProjectStart = start,
            DataDate = dataDate ?? project.DataDate,
            MustFinishBy = project.MustFinishBy,
            ProgressRule = set == null || set.RetainedLogic ? ProgressRule.RetainedLogic
                : set.ProgressOverride ? ProgressRule.ProgressOverride : ProgressRule.ActualDates,
            FloatType = set?.FloatType switch
            {
                null or "" or "FT_FF" => FloatType.Finish,
                "FT_SF" => FloatType.Start,
                "FT_Smallest" => FloatType.Smallest,
                var other => throw Unknown(schedule, set.Row, "sched_float_type", other),
            },
            LagCalendar = set?.LagCalendar switch
            {
                null or "" or "rcal_Predecessor" => LagCalendarRule.Predecessor,
                "rcal_Successor" => LagCalendarRule.Successor,
                "rcal_24Hour" => LagCalendarRule.TwentyFourHour,
                "rcal_ProjDefault" => LagCalendarRule.ProjectDefault,
                var other => throw Unknown(schedule, set.Row, "sched_calendar_on_relationship_lag", other),
            },
            CriticalFloatThresholdMinutes = Minutes(project.CriticalFloatHours, row, "critical_drtn_hr_cnt", schedule.Document.Source),
            CriticalByLongestPath = project.CriticalPathType == "CT_DrivPath",
            DefaultCalendarId = defaultCalendar,
            Convention = SchedulingConvention.PrimaveraP6,
            MakeOpenEndedActivitiesCritical = set?.OpenEndsCritical ?? false,
            UseExpectedFinish = set?.UseExpectedFinish ?? false,
            StartToStartLagFromEarlyStart = set?.LagFromEarlyStart ?? false,
        };
    }

    private static ScheduleActivity Activity(XerTask task, string? calendarId, string? parentId, string source, XerAssignmentMapper assignments)
    {
        var row = task.Row;
        bool complete = task.Status == "TK_Complete";
        return new ScheduleActivity
        {
            Id = Key(task.Id),
            Code = task.Code,
            Name = task.Name,
            Type = task.Type switch
            {
                "TT_Task" => ActivityType.Task,
                "TT_Mile" => ActivityType.StartMilestone,
                "TT_FinMile" => ActivityType.FinishMilestone,
                "TT_LOE" => ActivityType.LevelOfEffort,
                "TT_WBS" => ActivityType.WbsSummary,
                "TT_Rsrc" => ActivityType.ResourceDependent,
                var other => throw new InterchangeException(InterchangeText.Format("UnknownActivityType", other), source, row.LineNumber, row.Describe(), "task_type"),
            },
            CalendarId = calendarId,
            OriginalDurationMinutes = Minutes(task.PlannedDurationHours, row, "target_drtn_hr_cnt", source),

            // P6 schedules what is left from the remaining duration, started or not.
            RemainingDurationMinutes = complete ? 0 : Minutes(task.RemainingDurationHours, row, "remain_drtn_hr_cnt", source),
            PercentComplete = (double)Math.Clamp(task.PhysicalPercentComplete, 0m, 100m),
            ActualStart = task.Status == "TK_NotStart" ? null : task.ActualStart,
            ActualFinish = complete ? task.ActualFinish : null,
            SuspendDate = task.SuspendDate,
            ResumeDate = task.ResumeDate,
            PrimaryConstraint = Constraint(task.ConstraintType, task.ConstraintDate, row, "cstr_type", "cstr_date", source),
            SecondaryConstraint = Constraint(task.SecondaryConstraintType, task.SecondaryConstraintDate, row, "cstr_type2", "cstr_date2", source),
            ExpectedFinish = task.ExpectedFinish,
            ParentId = parentId,
            Assignments = assignments.For(task),
        };
    }

    private static StoredActivityDates Stored(XerTask task, string? calendarId, XerProject project)
    {
        long? totalFloat = task.TotalFloatHours is { } tf ? (long)Math.Round(tf * 60m, MidpointRounding.AwayFromZero) : null;
        long? freeFloat = task.FreeFloatHours is { } ff ? (long)Math.Round(ff * 60m, MidpointRounding.AwayFromZero) : null;

        // XER keeps no critical flag: P6 derives it from float or the longest path, and so do we.
        bool critical = project.CriticalPathType == "CT_DrivPath"
            ? task.DrivingPath
            : task.TotalFloatHours is { } hours && hours <= project.CriticalFloatHours;
        return new StoredActivityDates
        {
            Id = Key(task.Id),
            Code = task.Code,
            Name = task.Name,
            CalendarId = calendarId,
            EarlyStart = task.EarlyStart,
            EarlyFinish = task.EarlyFinish,
            LateStart = task.LateStart,
            LateFinish = task.LateFinish,
            TotalFloatMinutes = totalFloat,
            FreeFloatMinutes = freeFloat,
            Critical = critical,
        };
    }

    private static List<ScheduleRelationship> Relationships(XerSchedule schedule, XerProject project, Dictionary<long, long> taskProject, List<ImportNote> notes, string source)
    {
        var links = new List<ScheduleRelationship>(schedule.Relationships.Count);
        foreach (var link in schedule.Relationships)
        {
            var row = link.Row;
            if (!taskProject.TryGetValue(link.SuccessorId, out long successorProject))
            {
                throw new InterchangeException(InterchangeText.Format("LinkSuccessorMissing", Key(link.SuccessorId)), source, row.LineNumber, row.Describe(), "task_id");
            }

            if (!taskProject.TryGetValue(link.PredecessorId, out long predecessorProject))
            {
                throw new InterchangeException(InterchangeText.Format("LinkPredecessorMissing", Key(link.PredecessorId)), source, row.LineNumber, row.Describe(), "pred_task_id");
            }

            bool successorHere = successorProject == project.Id;
            bool predecessorHere = predecessorProject == project.Id;
            if (!successorHere && !predecessorHere)
            {
                continue; // a link inside another project of the same file
            }

            if (successorHere != predecessorHere)
            {
                notes.Add(new ImportNote(ImportNoteKind.Skipped, row.Describe(), InterchangeText.Get("Note.LinkToOtherProject")));
                continue;
            }

            links.Add(new ScheduleRelationship
            {
                PredecessorId = Key(link.PredecessorId),
                SuccessorId = Key(link.SuccessorId),
                Type = link.Type switch
                {
                    "PR_FS" => RelationshipType.FinishToStart,
                    "PR_SS" => RelationshipType.StartToStart,
                    "PR_FF" => RelationshipType.FinishToFinish,
                    "PR_SF" => RelationshipType.StartToFinish,
                    var other => throw new InterchangeException(InterchangeText.Format("UnknownRelationshipType", other), source, row.LineNumber, row.Describe(), "pred_type"),
                },
                Lag = Minutes(link.LagHours, row, "lag_hr_cnt", source),
                LagKind = LagKind.Working,
            });
        }

        return links;
    }

    private static ScheduleConstraint Constraint(string? type, DateTime? date, XerRow row, string typeField, string dateField, string source)
    {
        ConstraintType? kind = type switch
        {
            null or "" or "CS_ASAP" => null,
            "CS_ALAP" => ConstraintType.AsLateAsPossible,
            "CS_MSO" => ConstraintType.StartOn,
            "CS_MSOA" => ConstraintType.StartNoEarlierThan,
            "CS_MSOB" => ConstraintType.StartNoLaterThan,
            "CS_MEO" => ConstraintType.FinishOn,
            "CS_MEOA" => ConstraintType.FinishNoEarlierThan,
            "CS_MEOB" => ConstraintType.FinishNoLaterThan,
            "CS_MANDSTART" => ConstraintType.MandatoryStart,
            "CS_MANDFIN" => ConstraintType.MandatoryFinish,
            _ => throw new InterchangeException(InterchangeText.Format("UnknownConstraintType", type), source, row.LineNumber, row.Describe(), typeField),
        };
        if (kind is not { } k)
        {
            return ScheduleConstraint.None;
        }

        if (k == ConstraintType.AsLateAsPossible)
        {
            return new ScheduleConstraint(k);
        }

        return date is { } d
            ? new ScheduleConstraint(k, d)
            : throw new InterchangeException(InterchangeText.Format("ConstraintNoDate", type), source, row.LineNumber, row.Describe(), dateField);
    }

    private static long Minutes(decimal hours, XerRow row, string field, string source)
    {
        decimal minutes = hours * 60m;
        return Math.Abs(minutes) <= MaxMinutes
            ? (long)Math.Round(minutes, MidpointRounding.AwayFromZero)
            : throw new InterchangeException(InterchangeText.Format("HoursOutOfRange", hours), source, row.LineNumber, row.Describe(), field);
    }

    private static InterchangeException Unknown(XerSchedule schedule, XerRow row, string field, string value) =>
        new(InterchangeText.Format("UnknownValue", value), schedule.Document.Source, row.LineNumber, row.Describe(), field);

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
