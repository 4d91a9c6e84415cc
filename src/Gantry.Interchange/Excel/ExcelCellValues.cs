using System.Globalization;
using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Excel;

/// <summary>
/// Reads typed values out of cells the way a user fills them in: dates as date cells or text,
/// percents as 50, 50 % or a percent-formatted 0.5, money with or without thousands separators.
/// </summary>
internal static class ExcelCellValues
{
    private static readonly string[] DateFormats =
    [
        "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日",
        "yyyy-M-d H:mm", "yyyy/M/d H:mm", "yyyy-M-d'T'H:mm", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss", "yyyy-M-d'T'H:mm:ss", "yyyy年M月d日 H:mm",
    ];

    private static readonly DateTime Earliest = new(1900, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime Latest = new(2200, 12, 31, 23, 59, 0, DateTimeKind.Unspecified);

    /// <summary>
    /// A date and whether the cell gave a time of day; null with a problem when it is not a date.
    /// Dates the engine schedules with must lie in its years (1900–2200); planned dates are only
    /// kept and compared, and P6 files do carry far-future ones, so <paramref name="anyYear"/> lets them through.
    /// </summary>
    public static (DateTime Date, bool HasTime)? Date(ExcelCell cell, out string? problem, bool anyYear = false)
    {
        problem = null;
        DateTime date;
        bool hasTime;
        if (cell.Number is { } serial)
        {
            // Excel keeps dates as serial days (1900 system); OADate reads them with the 1900 leap-year quirk.
            if (serial < 1 || serial > 2_958_465)
            {
                problem = ExcelTexts.Get("DateOutOfRange");
                return null;
            }

            date = DateTime.FromOADate(serial);
            date = new DateTime(date.Year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Unspecified).AddMinutes(Math.Round(date.TimeOfDay.TotalMinutes));
            hasTime = serial % 1 != 0 || cell.ShowsTime;
        }
        else if (DateTime.TryParseExact(cell.Text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date))
        {
            hasTime = date.TimeOfDay != TimeSpan.Zero || cell.Text.Contains(':', StringComparison.Ordinal);
        }
        else
        {
            problem = ExcelTexts.Get("BadDate");
            return null;
        }

        if (date < Earliest || (!anyYear && date > Latest))
        {
            problem = ExcelTexts.Get("DateOutOfRange");
            return null;
        }

        return (date, hasTime);
    }

    /// <summary>
    /// A date with no time means the whole working day: a start at the day's first working minute,
    /// a finish at its last (08:00 and 17:00 on the standard calendar), as P6 shows them.
    /// </summary>
    public static DateTime OnWorkingDay((DateTime Date, bool HasTime) value, CalendarDefinition? calendar, bool isFinish)
    {
        if (value.HasTime)
        {
            return value.Date;
        }

        var week = calendar?.WorkWeek ?? WorkWeek.Standard;
        var periods = week.PeriodsOn(value.Date.DayOfWeek);
        if (periods.Count == 0)
        {
            periods = week.NormalWeekdayPeriods();
        }

        if (periods.Count == 0)
        {
            return value.Date;
        }

        int minute = isFinish ? periods[^1].EndMinute : periods[0].StartMinute;
        return value.Date.Date.AddMinutes(minute);
    }

    public static double? Percent(ExcelCell cell)
    {
        double? value = cell.Number is { } n
            ? (cell.IsPercent ? n * 100 : n)
            : double.TryParse(cell.Text.Trim().TrimEnd('%', '％').Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double t) ? t : null;
        return value is { } v && v >= 0 && v <= 100 ? Math.Round(v, 4) : null;
    }

    public static decimal? Money(ExcelCell cell)
    {
        if (cell.Number is { } n)
        {
            return Math.Abs(n) < 1e15 ? (decimal)n : null;
        }

        string text = cell.Text.Trim().TrimStart('¥', '￥', '$', '€', '£').Trim();
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal money) ? money : null;
    }
}
