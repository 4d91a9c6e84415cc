using System.Xml.Linq;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// A <c>WeekDay</c> of a calendar: <c>DayType</c> 1 = Sunday … 7 = Saturday. In the 2003 form a
/// <c>DayType</c> 0 with a <c>TimePeriod</c> is an exception for those dates instead.
/// </summary>
public sealed record MspdiWeekDay
{
    public int DayType { get; init; }
    public bool DayWorking { get; init; }
    public DateTime? From { get; init; }
    public DateTime? To { get; init; }
    public required IReadOnlyList<MspdiWorkingTime> WorkingTimes { get; init; }

    internal static MspdiWeekDay Read(XElement element, MspdiElements e, string record)
    {
        int dayType = e.Int(element, "DayType", record) ?? throw e.Error(element, record, "DayType", InterchangeText.Format("MissingElement", "WeekDay", "DayType"));
        if (dayType is < 0 or > 7)
        {
            throw e.Error(element, record, "DayType", InterchangeText.Get("DayTypeRange"));
        }

        var period = MspdiElements.Child(element, "TimePeriod");
        return new MspdiWeekDay
        {
            DayType = dayType,
            DayWorking = e.Flag(element, "DayWorking", record),
            From = period == null ? null : e.Date(period, "FromDate", record),
            To = period == null ? null : e.Date(period, "ToDate", record),
            WorkingTimes = ReadWorkingTimes(element, e, record),
        };
    }

    internal static MspdiWorkingTime[] ReadWorkingTimes(XElement owner, MspdiElements e, string record)
    {
        var container = MspdiElements.Child(owner, "WorkingTimes");
        if (container == null)
        {
            return [];
        }

        var times = new List<MspdiWorkingTime>();
        foreach (var time in MspdiElements.Children(container, "WorkingTime"))
        {
            int? from = e.TimeOfDay(time, "FromTime", record);
            int? to = e.TimeOfDay(time, "ToTime", record);
            if (from == null || to == null)
            {
                continue; // MS Project writes empty WorkingTime elements on non-working days
            }

            int end = to == 0 ? 24 * 60 : to.Value;
            if (end <= from)
            {
                throw e.Error(time, record, "ToTime", InterchangeText.Get("WorkingTimeBackwards"));
            }

            times.Add(new MspdiWorkingTime(from.Value, end));
        }

        times.Sort((a, b) => a.FromMinute.CompareTo(b.FromMinute));
        return [.. times];
    }
}
