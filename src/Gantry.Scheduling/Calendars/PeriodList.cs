using System.Globalization;

namespace Gantry.Scheduling.Calendars;

/// <summary>Checks and sorts a day's periods once, at definition time, so the hot paths never have to.</summary>
internal static class PeriodList
{
    /// <summary>
    /// Sorted copy; touching periods (08:00–12:00, 12:00–13:00) are joined, overlapping ones are an error.
    /// <paramref name="where"/> names the day only when there is an error, in the user's language.
    /// </summary>
    public static WorkingPeriod[] Normalise(IReadOnlyList<WorkingPeriod>? periods, Func<string> where)
    {
        if (periods is null || periods.Count == 0)
        {
            return [];
        }

        var sorted = periods.OrderBy(p => p.StartMinute).ToList();
        var result = new List<WorkingPeriod>(sorted.Count);
        foreach (var p in sorted)
        {
            if (p.StartMinute == 0 && p.EndMinute == 0)
            {
                continue;
            }

            if (result.Count > 0)
            {
                var last = result[^1];
                if (p.StartMinute < last.EndMinute)
                {
                    throw new CalendarError(EngineText.Format("PeriodsOverlap", where(), last, p));
                }

                if (p.StartMinute == last.EndMinute)
                {
                    result[^1] = new WorkingPeriod(last.StartMinute, p.EndMinute);
                    continue;
                }
            }

            result.Add(p);
        }

        return [.. result];
    }
}
