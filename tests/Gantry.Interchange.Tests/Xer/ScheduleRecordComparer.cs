using System.Globalization;
using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Tests.Xer;

/// <summary>
/// Compares two opened schedules record by record — every activity's inputs and stored dates,
/// every link, calendar, resource, assignment and code — and lists each difference as
/// "record: field expected → actual", so a failing round trip says exactly what was lost.
/// </summary>
public sealed class ScheduleRecordComparer
{
    private readonly List<string> _differences = [];

    public IReadOnlyList<string> Differences => _differences;

    /// <summary>Fails with the first differences, one per line, when there are any.</summary>
    public void AssertNone()
    {
        if (_differences.Count > 0)
        {
            Xunit.Assert.Fail(_differences.Count.ToString(CultureInfo.InvariantCulture) + " differences:\n" + string.Join("\n", _differences.Take(10)));
        }
    }

    public void Field<T>(string record, string field, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            _differences.Add(record + ": " + field + " " + Show(expected) + " → " + Show(actual));
        }
    }

    public void Activities(ImportedSchedule expected, ImportedSchedule actual, bool storedDates)
    {
        var byId = actual.Network.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Field("network", "activity count", expected.Network.Activities.Count, actual.Network.Activities.Count);
        foreach (var e in expected.Network.Activities)
        {
            string record = "activity " + e.Id;
            if (!byId.TryGetValue(e.Id, out var a))
            {
                _differences.Add(record + ": missing");
                continue;
            }

            Field(record, "Code", e.Code ?? e.Id, a.Code);
            Field(record, "Name", e.Name ?? string.Empty, a.Name);
            // A task whose resources work on their own calendars is P6's resource-dependent type.
            Field(record, "Type", e.Type == ActivityType.Task && e.Assignments.Count > 0 ? ActivityType.ResourceDependent : e.Type, a.Type);
            Field(record, "OriginalDurationMinutes", e.OriginalDurationMinutes, a.OriginalDurationMinutes);
            Field(record, "RemainingDurationMinutes", Remaining(e), Remaining(a));
            Field(record, "PercentComplete", e.PercentComplete, a.PercentComplete);
            Field(record, "ActualStart", e.ActualStart, a.ActualStart);
            Field(record, "ActualFinish", e.ActualFinish, a.ActualFinish);
            Field(record, "SuspendDate", e.SuspendDate, a.SuspendDate);
            Field(record, "ResumeDate", e.ResumeDate, a.ResumeDate);
            Field(record, "PrimaryConstraint", e.PrimaryConstraint, a.PrimaryConstraint);

            // P6 has no deadline: the writer turns one into a secondary finish-on-or-before constraint.
            var secondary = e.Deadline is { } deadline && e.SecondaryConstraint.IsNone ? new ScheduleConstraint(ConstraintType.FinishNoLaterThan, deadline) : e.SecondaryConstraint;
            Field(record, "SecondaryConstraint", secondary, a.SecondaryConstraint);
            Field(record, "ExpectedFinish", e.ExpectedFinish, a.ExpectedFinish);
            Field(record, "ParentId", e.ParentId, a.ParentId);
            Field(record, "assignment count", e.Assignments.Count, a.Assignments.Count);
            for (int i = 0; i < Math.Min(e.Assignments.Count, a.Assignments.Count); i++)
            {
                var (x, y) = (e.Assignments[i], a.Assignments[i]);
                Field(record, "assignment " + i, (x.ResourceId, x.CalendarId, x.RemainingWorkMinutes, Span(x)), (y.ResourceId, y.CalendarId, y.RemainingWorkMinutes, Span(y)));
            }
        }

        if (!storedDates)
        {
            return;
        }

        var stored = actual.Stored.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var e in expected.Stored)
        {
            Field("stored " + e.Id, "dates and float", e, stored.GetValueOrDefault(e.Id));
        }
    }

    /// <summary>Links as a multiset, in the units of the model (minutes, or percent).</summary>
    public void Links(ImportedSchedule expected, ImportedSchedule actual)
    {
        static string Key(ScheduleRelationship r) => string.Create(CultureInfo.InvariantCulture, $"{r.PredecessorId} {r.Type} {r.SuccessorId} lag {r.Lag} {r.LagKind}");
        var left = expected.Network.Relationships.Select(Key).Order(StringComparer.Ordinal).ToList();
        var right = actual.Network.Relationships.Select(Key).Order(StringComparer.Ordinal).ToList();
        Field("network", "link count", left.Count, right.Count);
        foreach (var missing in left.Except(right))
        {
            _differences.Add("link " + missing + ": missing");
        }

        foreach (var extra in right.Except(left))
        {
            _differences.Add("link " + extra + ": not in the source");
        }
    }

    /// <summary>Calendars by definition: name, base, hours per period, every weekday and every exception day.</summary>
    public void CalendarDefinitions(ImportedSchedule expected, ImportedSchedule actual)
    {
        Field("calendars", "count", expected.Calendars.Count, actual.Calendars.Count);
        foreach (var (id, e) in expected.Calendars)
        {
            string record = "calendar " + id;
            if (!actual.Calendars.TryGetValue(id, out var a))
            {
                _differences.Add(record + ": missing");
                continue;
            }

            Field(record, "Name", e.Name, a.Name);
            Field(record, "BaseCalendarId", e.BaseCalendarId, a.BaseCalendarId);
            Field(record, "minutes per day/week/month", (e.MinutesPerDay, e.MinutesPerWeek, e.MinutesPerMonth), (a.MinutesPerDay, a.MinutesPerWeek, a.MinutesPerMonth));
            Field(record, "inherits its week", e.WorkWeek == null, a.WorkWeek == null);
            foreach (var day in Enum.GetValues<DayOfWeek>())
            {
                Field(record, "work week " + day, Periods(e.WorkWeek?.PeriodsOn(day)), Periods(a.WorkWeek?.PeriodsOn(day)));
            }

            Field(record, "exception days", ExceptionDays(e), ExceptionDays(a));
        }
    }

    /// <summary>Calendars by behaviour: the working periods of every day of the window, after inheritance.</summary>
    public void CalendarTime(string record, CalendarDefinition e, IReadOnlyDictionary<string, CalendarDefinition> expectedAll, CalendarDefinition a, IReadOnlyDictionary<string, CalendarDefinition> actualAll, DateOnly from, DateOnly to)
    {
        var x = WorkCalendar.Compile(e, expectedAll);
        var y = WorkCalendar.Compile(a, actualAll);
        int differing = 0;
        string? first = null;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            string left = Periods(x.PeriodsOn(day)), right = Periods(y.PeriodsOn(day));
            if (left != right)
            {
                differing++;
                first ??= day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + left + " → " + right;
            }
        }

        if (differing > 0)
        {
            _differences.Add(record + ": " + differing.ToString(CultureInfo.InvariantCulture) + " days differ, first " + first);
        }
    }

    public void Sequence<T>(string record, string field, IEnumerable<T> expected, IEnumerable<T> actual)
    {
        var left = expected.ToList();
        var right = actual.ToList();
        if (!left.SequenceEqual(right))
        {
            _differences.Add(record + ": " + field + " [" + string.Join("; ", left) + "] → [" + string.Join("; ", right) + "]");
        }
    }

    /// <summary>How long the assignment works: its own span, or its work at its units.</summary>
    private static long Span(ScheduleAssignment a) => a.DurationMinutes ?? (long)Math.Round(a.RemainingWorkMinutes / a.Units);

    private static long Remaining(ScheduleActivity a) => a.IsComplete ? 0 : a.RemainingDurationMinutes ?? a.OriginalDurationMinutes;

    private static string Periods(IReadOnlyList<WorkingPeriod>? periods) => periods == null ? "inherited" : string.Join(",", periods);

    private static string ExceptionDays(CalendarDefinition calendar)
    {
        var days = new SortedDictionary<DateOnly, string>();
        foreach (var exception in calendar.Exceptions)
        {
            for (var day = exception.From; day <= exception.To; day = day.AddDays(1))
            {
                days[day] = Periods(exception.Periods);
            }
        }

        return string.Join(" ", days.Select(d => d.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "=" + d.Value));
    }

    private static string Show<T>(T value) => value switch
    {
        null => "(none)",
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
