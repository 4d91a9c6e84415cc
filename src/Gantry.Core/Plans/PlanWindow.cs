using System.Globalization;

namespace Gantry.Core.Plans;

/// <summary>
/// The dates a plan covers: a calendar month or an ISO week (Monday start, as Chinese site weeks
/// and ISO 8601 both count). <see cref="Last"/> is inclusive because that is how a plan is titled
/// ("6月1日—6月7日"); <see cref="End"/> is the exclusive instant used for overlap tests.
/// </summary>
public readonly record struct PlanWindow(DateOnly First, DateOnly Last)
{
    public DateTime Start => First.ToDateTime(TimeOnly.MinValue);

    public DateTime End => Last.AddDays(1).ToDateTime(TimeOnly.MinValue);

    /// <summary>The month or the week that contains <paramref name="day"/>.</summary>
    public static PlanWindow For(PlanLevel level, DateOnly day)
    {
        if (level == PlanLevel.Monthly)
        {
            var first = new DateOnly(day.Year, day.Month, 1);
            return new PlanWindow(first, first.AddMonths(1).AddDays(-1));
        }

        // DayOfWeek counts from Sunday; the ISO week starts on Monday.
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new PlanWindow(monday, monday.AddDays(6));
    }

    public bool Overlaps(DateTime? start, DateTime? finish)
    {
        if (start is not { } s || finish is not { } f)
        {
            return false;
        }

        // A milestone has no length: it belongs to the window its date falls in.
        return s == f ? s >= Start && s < End : s < End && f > Start;
    }

    public bool Contains(DateOnly day) => day >= First && day <= Last;

    /// <summary>"2026-W23" or "2026-06", the short name a site uses for the plan.</summary>
    public string Label(PlanLevel level) => level == PlanLevel.Monthly
        ? First.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(Start)}-W{ISOWeek.GetWeekOfYear(Start):00}");
}
