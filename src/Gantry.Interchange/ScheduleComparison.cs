using System.Globalization;
using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange;

/// <summary>
/// Compares a Gantry run with the dates the file's own tool computed. Dates match when they are
/// the same working instant on the activity's calendar, because MS Project writes some late
/// finishes as 08:00 of the next working day where the early finish says 17:00 the day before.
/// Floats match to the minute; the critical flag must be equal. A date the tool left empty (P6
/// shows no late dates on some completed work) is not compared; a float it left empty must be
/// empty in Gantry too.
/// </summary>
public sealed class ScheduleComparison
{
    private ScheduleComparison(string source, List<ActivityComparison> activities)
    {
        Source = source;
        Activities = activities;
        Matched = activities.Count(a => a.Matches);
        MatchedOnDatesAndTotalFloat = activities.Count(a => a.Mismatches.All(m => !DateAndTotalFloatFields.Contains(m.Field)));
    }

    /// <summary>
    /// The fields issue 3 sets the P6 threshold on: the four dates and total float. Free float and
    /// the critical flag are compared and reported too, but counted apart.
    /// </summary>
    public static IReadOnlySet<string> DateAndTotalFloatFields { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "activity", "earlyStart", "earlyFinish", "lateStart", "lateFinish", "totalFloat" };

    public string Source { get; }

    /// <summary>Every activity the tool scheduled by CPM, in file order.</summary>
    public IReadOnlyList<ActivityComparison> Activities { get; }

    public int Compared => Activities.Count;

    public int Matched { get; }

    public double MatchPercent => Compared == 0 ? 100 : 100.0 * Matched / Compared;

    /// <summary>Activities whose four dates and total float match (free float and critical flag aside).</summary>
    public int MatchedOnDatesAndTotalFloat { get; }

    public double DatesAndTotalFloatPercent => Compared == 0 ? 100 : 100.0 * MatchedOnDatesAndTotalFloat / Compared;

    public IEnumerable<ActivityComparison> Mismatches => Activities.Where(a => !a.Matches);

    public static ScheduleComparison Compare(ImportedSchedule imported, ScheduleResult result)
    {
        var calendars = new WorkingInstants(imported);
        var list = new List<ActivityComparison>(imported.Stored.Count);
        foreach (var expected in imported.Stored)
        {
            if (!expected.ScheduledByCpm)
            {
                continue;
            }

            if (!result.TryGet(expected.Id, out var actual) || actual == null)
            {
                list.Add(new ActivityComparison(expected, null, [new FieldMismatch("activity", "scheduled", "missing from the result")]));
                continue;
            }

            var calendar = calendars.For(imported.CalendarOf(expected.CalendarId));
            var mismatches = new List<FieldMismatch>();
            CompareDate("earlyStart", expected.EarlyStart, actual.EarlyStart, calendar, mismatches);
            CompareDate("earlyFinish", expected.EarlyFinish, actual.EarlyFinish, calendar, mismatches);
            CompareDate("lateStart", expected.LateStart, actual.LateStart, calendar, mismatches);
            CompareDate("lateFinish", expected.LateFinish, actual.LateFinish, calendar, mismatches);
            CompareFloat("totalFloat", expected.TotalFloatMinutes, actual.TotalFloatMinutes, mismatches);
            CompareFloat("freeFloat", expected.FreeFloatMinutes, actual.FreeFloatMinutes, mismatches);
            if (expected.Critical != actual.Critical)
            {
                mismatches.Add(new FieldMismatch("critical", Flag(expected.Critical), Flag(actual.Critical)));
            }

            list.Add(new ActivityComparison(expected, actual, mismatches));
        }

        return new ScheduleComparison(imported.Source, list);
    }

    /// <summary>Dates as the CLI and reports print them: local wall-clock, minutes.</summary>
    public static string FormatDate(DateTime? date) =>
        date?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) ?? "-";

    public static string FormatHours(long? minutes) =>
        minutes is { } m ? (m / 60.0).ToString("0.##", CultureInfo.InvariantCulture) + "h" : "-";

    private static void CompareDate(string field, DateTime? expected, DateTime actual, WorkCalendar? calendar, List<FieldMismatch> mismatches)
    {
        if (expected is not { } e || e == actual || SameWorkingInstant(e, actual, calendar))
        {
            return;
        }

        mismatches.Add(new FieldMismatch(field, FormatDate(e), FormatDate(actual)));
    }

    private static bool SameWorkingInstant(DateTime a, DateTime b, WorkCalendar? calendar)
    {
        if (calendar == null)
        {
            return false;
        }

        try
        {
            return calendar.WorkPosition(a) == calendar.WorkPosition(b);
        }
        catch (CalendarError)
        {
            return false; // outside the calendar's years: only equal instants match
        }
    }

    private static void CompareFloat(string field, long? expected, long? actual, List<FieldMismatch> mismatches)
    {
        if (expected != actual)
        {
            mismatches.Add(new FieldMismatch(field, FormatHours(expected), FormatHours(actual)));
        }
    }

    private static string Flag(bool value) => value ? "critical" : "not critical";
}
