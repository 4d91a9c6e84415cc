using System.Globalization;
using System.Xml.Linq;
using Gantry.Interchange.Xer;

namespace Gantry.Interchange.Pmxml;

/// <summary>
/// A P6 XML calendar's work week and exceptions, checked here so that a bad time or date is
/// reported at its own XML line, then handed on in the XML form newer P6 versions also keep in
/// the XER <c>clndr_data</c> field, with each period's end made exclusive.
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
                string day = PmxmlValues.Typed(hours, "DayOfWeek") ?? throw values.Error(hours, "DayOfWeek", InterchangeText.Format("MissingElement", "StandardWorkHours", "DayOfWeek"));
                if (!Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || char.IsDigit(day[0]))
                {
                    throw values.Error(hours, "DayOfWeek", InterchangeText.Format("NotDayOfWeek", day));
                }

                data.Add(new XElement("StandardWorkHours", new XElement("DayOfWeek", parsed.ToString()), WorkTimes(hours, values)));
            }
        }

        if (calendar.Field("HolidayOrExceptions") is { } exceptions)
        {
            foreach (var exception in exceptions.All("HolidayOrException"))
            {
                var date = values.OptionalDate(exception, "Date") ?? throw values.Error(exception, "Date", InterchangeText.Format("MissingElement", "HolidayOrException", "Date"));
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
            string? start = PmxmlValues.Typed(work, "Start");
            string? finish = PmxmlValues.Typed(work, "Finish");
            if (start == null && finish == null)
            {
                continue;
            }

            P6WorkPeriod period;
            try
            {
                period = P6TimeOfDay.Period(start ?? throw new FormatException(InterchangeText.Format("MissingElement", "WorkingPeriod", "Start")), finish ?? throw new FormatException(InterchangeText.Format("MissingElement", "WorkingPeriod", "Finish")));
            }
            catch (FormatException ex)
            {
                throw values.Error(work, start == null ? "Start" : "Finish", ex.Message);
            }

            // P6 XML writes a period's last working minute (15:29, 16:59); the calendar reader wants its end.
            int end = period.EndMinute % 30 == 29 ? period.EndMinute + 1 : period.EndMinute;
            result.Add(new XElement("WorkTime", new XElement("Start", Time(period.StartMinute)), new XElement("Finish", Time(end % (24 * 60)))));
        }

        return result;
    }

    private static string Time(int minute) => string.Create(CultureInfo.InvariantCulture, $"{minute / 60:00}:{minute % 60:00}");
}
