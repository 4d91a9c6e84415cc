using System.Globalization;
using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Excel;

/// <summary>
/// Imports a schedule from an .xlsx activity table (Gantry's template, its own export, or any
/// sheet with recognisable headers). All errors are collected; if there is any, nothing is
/// imported. Activity codes are the engine's ids, since a spreadsheet has no other key.
/// </summary>
public static class ExcelScheduleReader
{
    /// <param name="path">The .xlsx file.</param>
    /// <param name="calendars">Calendars the sheet may name besides the built-in ones (by id or name).</param>
    public static ExcelImport ReadFile(string path, IEnumerable<CalendarDefinition>? calendars = null)
    {
        if (!File.Exists(path))
        {
            throw new InterchangeException(InterchangeText.Get("FileNotFound"), path, null, null, null);
        }

        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path), calendars);
    }

    public static ExcelImport Read(Stream stream, string source, IEnumerable<CalendarDefinition>? calendars = null)
    {
        var sheets = ExcelWorkbookReader.Read(stream, source);
        var errors = new List<ExcelImportError>();
        var notes = new List<ImportNote>();
        var extra = (calendars ?? []).ToList();
        var table = ExcelActivityTable.Find(sheets, errors, notes, name => FindCalendar(name, extra), CalendarChoices(extra));
        if (table == null)
        {
            return Failed(source, errors);
        }

        var rows = table.ReadRows();
        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ExcelImportError(table.Sheet.Name, null, null, null, ExcelTexts.Get("NoActivities")));
        }

        var byCode = new Dictionary<string, ActivityRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!byCode.TryAdd(row.Code, row))
            {
                table.Error(row.Row, ExcelColumn.ActivityCode, ExcelTexts.Format("DuplicateCode", byCode[row.Code].Row.ToString(CultureInfo.InvariantCulture)));
            }
        }

        var relationships = Relationships(table, rows, byCode);
        var (projectStart, dataDate, mustFinishBy) = ExcelProjectSheet.Read(sheets, table.Sheet, errors);
        if (projectStart == null)
        {
            projectStart = rows.Select(r => r.ActualStart ?? r.PlannedStart).Where(d => d != null).Min();
            if (projectStart is { } derived)
            {
                notes.Add(new ImportNote(ImportNoteKind.Changed, ExcelProjectSheet.SheetName, ExcelTexts.Format("NoteProjectStartFromActivities", ScheduleComparison.FormatDate(derived))));
            }
            else if (rows.Count > 0)
            {
                errors.Add(new ExcelImportError(string.Empty, null, null, null, ExcelTexts.Format("NoProjectStart", ExcelProjectSheet.SheetName)));
            }
        }

        var parents = WbsParents.Of(rows);
        var activities = new List<ScheduleActivity>(rows.Count);
        foreach (var row in rows)
        {
            activities.Add(Activity(table, row, parents.GetValueOrDefault(row.Code), notes));
        }

        if (errors.Count > 0)
        {
            return Failed(source, errors);
        }

        var used = rows.Where(r => r.Calendar != null).Select(r => r.Calendar!).Append(BuiltInCalendars.Find(BuiltInCalendars.Standard)!)
            .DistinctBy(c => c.Id, StringComparer.Ordinal).ToList();
        var calendarSet = CalendarsWithBases(used, extra);
        var schedule = new ImportedSchedule
        {
            Source = source,
            // The sheet's vocabulary (activity codes, SNET, finishes at 17:00) is P6's, so its habits apply.
            Convention = SchedulingConvention.PrimaveraP6,
            WrittenBy = "Excel workbook",
            Network = new ScheduleNetwork { Activities = activities, Relationships = relationships, Calendars = [.. calendarSet.Values] },
            Options = new ScheduleOptions
            {
                ProjectStart = projectStart!.Value,
                DataDate = dataDate,
                MustFinishBy = mustFinishBy,
                DefaultCalendarId = BuiltInCalendars.Standard,
            },
            Calendars = calendarSet,
            Stored = [],
            Notes = notes,
        };
        var details = new ScheduleDetails(
            rows.Select(r => new ActivityDetails { Id = r.Code, WbsCode = r.WbsCode, Resources = r.Resources, Budget = r.Budget, PlannedStart = r.PlannedStart, PlannedFinish = r.PlannedFinish }),
            hasResourceData: table.Has(ExcelColumn.Resource) || table.Has(ExcelColumn.Budget),
            hasBaseline: rows.Any(r => r.PlannedFinish != null));
        return new ExcelImport(source, schedule, details, errors);
    }

    private static ExcelImport Failed(string source, List<ExcelImportError> errors) => new(source, null, ScheduleDetails.None, errors);

    private static ScheduleActivity Activity(ExcelActivityTable table, ActivityRow row, string? parentId, List<ImportNote> notes)
    {
        var type = row.Type ?? (row.DurationMinutes == 0 ? ActivityType.FinishMilestone : ActivityType.Task);
        if (type is ActivityType.StartMilestone or ActivityType.FinishMilestone && row.DurationMinutes != 0)
        {
            notes.Add(new ImportNote(ImportNoteKind.Changed, Record(table, row), ExcelTexts.Get("NoteMilestoneDuration")));
            row.DurationMinutes = 0;
            row.RemainingMinutes = row.RemainingMinutes is null ? null : 0;
        }

        bool complete = row.ActualFinish != null;
        // A remaining duration longer than the original is allowed: P6 keeps it when work runs over.
        long? remaining = row.RemainingMinutes;

        if (complete)
        {
            remaining = 0;
        }
        else if (remaining == null && row.ActualStart != null)
        {
            // Started with no remaining duration given: what is left is the share not yet complete.
            remaining = (long)Math.Round(row.DurationMinutes * (100 - row.PercentComplete) / 100, MidpointRounding.AwayFromZero);
            notes.Add(new ImportNote(ImportNoteKind.Changed, Record(table, row), ExcelTexts.Format("NoteRemainingFromPercent", row.PercentComplete.ToString(CultureInfo.InvariantCulture))));
        }

        return new ScheduleActivity
        {
            Id = row.Code,
            Code = row.Code,
            Name = row.Name,
            Type = type,
            CalendarId = row.Calendar?.Id,
            OriginalDurationMinutes = row.DurationMinutes,
            RemainingDurationMinutes = remaining,
            PercentComplete = complete && row.PercentComplete == 0 ? 100 : row.PercentComplete,
            ActualStart = row.ActualStart,
            ActualFinish = row.ActualFinish,
            PrimaryConstraint = row.Constraint,
            ParentId = parentId,
        };
    }

    private static List<ScheduleRelationship> Relationships(ExcelActivityTable table, List<ActivityRow> rows, Dictionary<string, ActivityRow> byCode)
    {
        var links = new List<ScheduleRelationship>();
        foreach (var row in rows)
        {
            if (row.Predecessors is not { } text)
            {
                continue;
            }

            // P6 allows two links between the same pair when their types differ (an FS and an FF); the same type twice is a typing slip.
            var seen = new HashSet<(string, RelationshipType)>();
            foreach (var link in PredecessorText.Parse(text, byCode.ContainsKey))
            {
                if (!byCode.TryGetValue(link.Code, out var predecessor))
                {
                    table.Error(row.Row, ExcelColumn.Predecessors, ExcelTexts.Format("UnknownPredecessor", link.Code));
                    continue;
                }

                if (predecessor == row || link.Code == row.Code)
                {
                    table.Error(row.Row, ExcelColumn.Predecessors, ExcelTexts.Get("SelfPredecessor"));
                    continue;
                }

                if (!seen.Add((link.Code, link.Type)))
                {
                    table.Error(row.Row, ExcelColumn.Predecessors, ExcelTexts.Format("DuplicatePredecessor", link.Code));
                    continue;
                }

                // The lag is counted on the predecessor's calendar (P6's default lag calendar), so its day length applies.
                (double Lag, LagKind Kind)? lag = link.LagText == null ? (0, LagKind.Working)
                    : PredecessorText.ParseLag(link.LagText, predecessor.MinutesPerDay, predecessor.MinutesPerWeek);
                if (lag is not { } l)
                {
                    table.Error(row.Row, ExcelColumn.Predecessors, ExcelTexts.Format("BadPredecessor", link.Code + link.LagText));
                    continue;
                }

                links.Add(new ScheduleRelationship { PredecessorId = predecessor.Code, SuccessorId = row.Code, Type = link.Type, Lag = l.Lag, LagKind = l.Kind });
            }
        }

        return links;
    }

    private static CalendarDefinition? FindCalendar(string name, List<CalendarDefinition> extra)
    {
        string key = BuiltInCalendars.Key(name);
        return extra.FirstOrDefault(c => string.Equals(c.Id, name.Trim(), StringComparison.Ordinal))
               ?? extra.FirstOrDefault(c => BuiltInCalendars.Key(c.Name) == key)
               ?? BuiltInCalendars.Find(name);
    }

    private static string CalendarChoices(List<CalendarDefinition> extra) =>
        string.Join(", ", extra.Select(c => string.IsNullOrEmpty(c.Name) ? c.Id : c.Name).Append(BuiltInCalendars.Choices));

    /// <summary>The calendars used, with the base calendars they inherit from (looked up among the extra ones).</summary>
    private static Dictionary<string, CalendarDefinition> CalendarsWithBases(List<CalendarDefinition> used, List<CalendarDefinition> extra)
    {
        var result = new Dictionary<string, CalendarDefinition>(StringComparer.Ordinal);
        var pending = new Stack<CalendarDefinition>(used);
        while (pending.Count > 0)
        {
            var calendar = pending.Pop();
            if (result.TryAdd(calendar.Id, calendar) && calendar.BaseCalendarId is { } baseId
                && extra.FirstOrDefault(c => c.Id == baseId) is { } baseCalendar)
            {
                pending.Push(baseCalendar);
            }
        }

        return result;
    }

    private static string Record(ExcelActivityTable table, ActivityRow row) =>
        table.Sheet.Name + " row " + row.Row.ToString(CultureInfo.InvariantCulture) + " (" + row.Code + ")";
}
