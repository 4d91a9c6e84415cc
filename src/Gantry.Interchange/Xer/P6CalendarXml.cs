using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Gantry.Interchange.Xer;

/// <summary>
/// The XML form of <c>clndr_data</c> that newer P6 versions write, shaped like P6 XML calendars:
/// <c>StandardWorkHours</c> with <c>DayOfWeek</c> and <c>WorkTime</c> (<c>Start</c>, <c>Finish</c>),
/// and <c>HolidayOrException</c> with a <c>Date</c> and its own <c>WorkTime</c>.
/// </summary>
internal static class P6CalendarXml
{
    public static P6CalendarData Parse(string text)
    {
        XDocument document;
        try
        {
            document = SafeXml.Parse(text);
        }
        catch (XmlException ex)
        {
            throw new FormatException(InterchangeText.Format("CalendarXmlMalformed", ex.Message), ex);
        }

        var week = P6CalendarData.EmptyWeek();
        foreach (var hours in document.Descendants().Where(e => Is(e, "StandardWorkHours")))
        {
            string dayText = Value(hours, "DayOfWeek") ?? throw new FormatException(InterchangeText.Format("MissingElement", "StandardWorkHours", "DayOfWeek"));
            week[(int)Day(dayText)] = Periods(hours);
        }

        var exceptions = new List<P6CalendarExceptionDay>();
        foreach (var exception in document.Descendants().Where(e => Is(e, "HolidayOrException")))
        {
            string dateText = Value(exception, "Date") ?? throw new FormatException(InterchangeText.Format("MissingElement", "HolidayOrException", "Date"));
            if (!DateTime.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new FormatException(InterchangeText.Format("NotDate", dateText));
            }

            exceptions.Add(new P6CalendarExceptionDay(DateOnly.FromDateTime(date), Periods(exception)));
        }

        return new P6CalendarData(week, exceptions);
    }

    private static P6WorkPeriod[] Periods(XElement owner)
    {
        var periods = new List<P6WorkPeriod>();
        foreach (var work in owner.Elements().Where(e => Is(e, "WorkTime")))
        {
            string? start = Value(work, "Start");
            string? finish = Value(work, "Finish");
            if (start == null || finish == null)
            {
                continue; // an empty WorkTime element marks a non-working day
            }

            var period = P6TimeOfDay.Period(start, finish);

            // P6 XML writes the last minute of a period (16:59) where the text form writes 17:00.
            periods.Add(period.EndMinute % 60 == 59 ? period with { EndMinute = period.EndMinute + 1 } : period);
        }

        periods.Sort((a, b) => a.StartMinute.CompareTo(b.StartMinute));
        return [.. periods];
    }

    private static DayOfWeek Day(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number is >= 1 and <= 7)
        {
            return (DayOfWeek)(number - 1);
        }

        return Enum.TryParse<DayOfWeek>(text.Trim(), ignoreCase: true, out var day) && Enum.IsDefined(day)
            ? day
            : throw new FormatException(InterchangeText.Format("NotDayOfWeek", text));
    }

    private static bool Is(XElement element, string name) =>
        string.Equals(element.Name.LocalName, name, StringComparison.OrdinalIgnoreCase);

    private static string? Value(XElement owner, string name) =>
        owner.Elements().FirstOrDefault(e => Is(e, name))?.Value.Trim() is { Length: > 0 } v ? v : null;
}
