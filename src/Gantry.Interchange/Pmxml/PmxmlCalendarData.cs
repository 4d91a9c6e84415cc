using System.Globalization;
using System.Xml.Linq;
using Gantry.Interchange.Xer;

namespace Gantry.Interchange.Pmxml;

/// <summary>
/// A P6 XML calendar's work week and exceptions, checked here so that a bad time or date is
/// reported at its own XML line, then handed on in the XML form newer P6 versions also keep in
/// the XER <c>clndr_data</c> field (the P6 calendar reader already knows it, 16:59 finishes included).
/// </summary>
internal static class PmxmlCalendarData
{
    public static string ToXml(PmxmlElement calendar, PmxmlValues values)
    {
        var data = new XElement("CalendarData");
        if (calendar.Field("StandardWorkWeek") is { } week)
        {
            foreach (var hours in week.All("StandardWorkHours"))
            {
                string day = hours.Value("DayOfWeek") ?? throw values.Error(hours, "DayOfWeek", "the work week day has no DayOfWeek");
                if (!Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || char.IsDigit(day[0]))
                {
                    throw values.Error(hours, "DayOfWeek", "'" + day + "' is not a day of the week (Sunday … Saturday)");
                }

                data.Add(new XElement("StandardWorkHours", new XElement("DayOfWeek", parsed.ToString()), WorkTimes(hours, values)));
            }
        }

        if (calendar.Field("HolidayOrExceptions") is { } exceptions)
        {
            foreach (var exception in exceptions.All("HolidayOrException"))
            {
                var date = values.OptionalDate(exception, "Date") ?? throw values.Error(exception, "Date", "the holiday or exception has no Date");
                data.Add(new XElement("HolidayOrException", new XElement("Date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), WorkTimes(exception, values)));
            }
        }

        return data.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>An empty WorkTime marks a day off, as P6 writes it; a half-filled one is an error.</summary>
    private static List<XElement> WorkTimes(PmxmlElement owner, PmxmlValues values)
    {
        var result = new List<XElement>();
        foreach (var work in owner.All("WorkTime"))
        {
            string? start = work.Value("Start");
            string? finish = work.Value("Finish");
            if (start == null && finish == null)
            {
                continue;
            }

            try
            {
                P6TimeOfDay.Period(start ?? throw new FormatException("the working period has no Start"), finish ?? throw new FormatException("the working period has no Finish"));
            }
            catch (FormatException ex)
            {
                throw values.Error(work, start == null ? "Start" : "Finish", ex.Message);
            }

            result.Add(new XElement("WorkTime", new XElement("Start", start), new XElement("Finish", finish)));
        }

        return result;
    }
}
