using System.Globalization;
using System.Reflection;

namespace Gantry.Scheduling.Calendars;

/// <summary>
/// China's statutory holidays and make-up working days (调休) as published each year by the State
/// Council General Office, read from the embedded <c>china-holidays.csv</c>. Adding a year is adding rows.
/// </summary>
public static class ChinaStatutoryHolidays
{
    private const string ResourceName = "Gantry.Scheduling.Calendars.china-holidays.csv";

    private static readonly Lazy<Table> Data = new(Load);

    /// <summary>Every date of the table, in date order.</summary>
    public static IReadOnlyList<ChinaHolidayDay> Days => Data.Value.Days;

    /// <summary>First year whose notice is in the table.</summary>
    public static int FirstYear => Data.Value.FirstYear;

    /// <summary>Last year whose notice is in the table; later years get no statutory exceptions.</summary>
    public static int LastYear => Data.Value.LastYear;

    /// <summary>The table's entry for a date, or null when the date is an ordinary day.</summary>
    public static ChinaHolidayDay? Find(DateOnly date) => Data.Value.ByDate.GetValueOrDefault(date);

    /// <summary>Parses the table text; public so tests and tools can check a candidate file before embedding it.</summary>
    public static IReadOnlyList<ChinaHolidayDay> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var days = new List<ChinaHolidayDay>();
        var seen = new HashSet<DateOnly>();
        var lineNumber = 0;
        var headerSeen = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != 4)
            {
                throw Bad(lineNumber, "expected 4 fields: date,kind,festival_zh,festival_en");
            }

            if (!DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw Bad(lineNumber, $"date '{fields[0]}' is not yyyy-MM-dd");
            }

            var kind = fields[1] switch
            {
                "holiday" => ChinaHolidayKind.Holiday,
                "makeup-workday" => ChinaHolidayKind.MakeUpWorkday,
                _ => throw Bad(lineNumber, $"kind '{fields[1]}' must be holiday or makeup-workday"),
            };

            if (!seen.Add(date))
            {
                throw Bad(lineNumber, $"date {fields[0]} appears twice");
            }

            days.Add(new ChinaHolidayDay(date, kind, fields[2], fields[3]));
        }

        days.Sort((a, b) => a.Date.CompareTo(b.Date));
        return days;
    }

    private static CalendarError Bad(int line, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"china-holidays.csv line {line}: {what}."));

    private static Table Load()
    {
        using var stream = typeof(ChinaStatutoryHolidays).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new CalendarError($"Embedded resource {ResourceName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        var days = Parse(reader);
        return new Table(days, days.ToDictionary(d => d.Date), days[0].Date.Year, days[^1].Date.Year);
    }

    private sealed record Table(IReadOnlyList<ChinaHolidayDay> Days, Dictionary<DateOnly, ChinaHolidayDay> ByDate, int FirstYear, int LastYear);
}
