using System.Globalization;
using Gantry.Core.Schedules;

namespace Gantry.Web.Pages.Projects.Views;

/// <summary>
/// Shifts as planners type them: "08:00-12:00, 13:00-17:00". A night shift over midnight is written
/// with "+1" on its end ("22:00-06:00+1"), so a mistyped end before its start is caught rather than
/// silently read as a night shift.
/// </summary>
public static class ShiftText
{
    /// <summary>One parsed shift: the part on its own day and, for a night shift, the part carried into the next day.</summary>
    public readonly record struct Shift(PeriodRule Today, PeriodRule? NextDay);

    /// <summary>Parses a day's text; returns null and an error message (in the user's words) when a shift is malformed.</summary>
    public static IReadOnlyList<Shift>? TryParse(string? text, Func<string, string[], string> message, out string? error, bool allowNextDay = true)
    {
        error = null;
        var shifts = new List<Shift>();
        foreach (var part in (text ?? string.Empty).Split([',', ';', '，', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var nextDay = part.EndsWith("+1", StringComparison.Ordinal);
            var body = nextDay ? part[..^2] : part;
            var ends = body.Replace('–', '-').Replace('—', '-').Replace('~', '-').Split('-');
            if (ends.Length != 2 || Minute(ends[0]) is not { } start || Minute(ends[1]) is not { } end || start == 1440)
            {
                error = message("Shift.Malformed", [part]);
                return null;
            }

            if (nextDay)
            {
                if (!allowNextDay || end == 0 || end >= start)
                {
                    error = message(allowNextDay ? "Shift.NextDayNotNeeded" : "Shift.NoNextDay", [part]);
                    return null;
                }

                shifts.Add(new Shift(new PeriodRule(start, 1440), new PeriodRule(0, end)));
            }
            else if (end <= start && end != 0)
            {
                error = message("Shift.EndBeforeStart", [part]);
                return null;
            }
            else
            {
                // 24:00 and 00:00 both close the day, as the engine's 1440 does.
                shifts.Add(new Shift(new PeriodRule(start, end == 0 ? 1440 : end), null));
            }
        }

        return shifts;
    }

    /// <summary>Sorted periods, or the first pair that overlaps.</summary>
    public static (PeriodRule First, PeriodRule Second)? FirstOverlap(List<PeriodRule> periods)
    {
        periods.Sort((a, b) => a.StartMinute.CompareTo(b.StartMinute));
        for (var i = 1; i < periods.Count; i++)
        {
            if (periods[i].StartMinute < periods[i - 1].EndMinute)
            {
                return (periods[i - 1], periods[i]);
            }
        }

        return null;
    }

    public static string Format(IEnumerable<PeriodRule> periods) =>
        string.Join(", ", periods.Select(p => $"{Clock(p.StartMinute)}-{Clock(p.EndMinute)}"));

    public static string Clock(int minute) => string.Create(CultureInfo.InvariantCulture, $"{minute / 60:00}:{minute % 60:00}");

    private static int? Minute(string text)
    {
        var parts = text.Split(':');
        if (parts.Length is < 1 or > 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || (parts.Length == 2 && (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))))
        {
            return null;
        }

        var minutes = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        var total = (hours * 60) + minutes;
        return hours > 24 || minutes > 59 || total > 1440 ? null : total;
    }
}
