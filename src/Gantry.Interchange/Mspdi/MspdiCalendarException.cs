using System.Xml.Linq;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// An <c>Exception</c> of a 2007+ calendar, with every recurrence field MS Project writes:
/// <c>Type</c> 1 daily, 2 yearly by month day, 3 yearly by position (e.g. third Monday of May),
/// 4 monthly by day, 5 monthly by position, 6 weekly, 7 daily every <c>Period</c> days;
/// <c>DaysOfWeek</c> is a bit mask (1 = Sunday … 64 = Saturday); <c>MonthItem</c> picks the day
/// kind for positional rules (0 day, 1 weekday, 2 weekend day, 3 Sunday … 9 Saturday);
/// <c>MonthPosition</c> 0 first … 3 fourth, 4 last; <c>Month</c> 0 January … 11 December.
/// </summary>
public sealed record MspdiCalendarException
{
    public string? Name { get; init; }
    public bool EnteredByOccurrences { get; init; }
    public DateTime? From { get; init; }
    public DateTime? To { get; init; }
    public int? Occurrences { get; init; }
    public int Type { get; init; }
    public int? Period { get; init; }
    public int? DaysOfWeek { get; init; }
    public int? MonthItem { get; init; }
    public int? MonthPosition { get; init; }
    public int? Month { get; init; }
    public int? MonthDay { get; init; }
    public bool DayWorking { get; init; }
    public required IReadOnlyList<MspdiWorkingTime> WorkingTimes { get; init; }

    internal static MspdiCalendarException Read(XElement element, MspdiElements e, string record)
    {
        var period = MspdiElements.Child(element, "TimePeriod");
        return new MspdiCalendarException
        {
            Name = MspdiElements.Text(element, "Name"),
            EnteredByOccurrences = e.Flag(element, "EnteredByOccurrences", record),
            From = period == null ? null : e.Date(period, "FromDate", record),
            To = period == null ? null : e.Date(period, "ToDate", record),
            Occurrences = e.Int(element, "Occurrences", record),
            Type = e.Int(element, "Type", record) ?? 1,
            Period = e.Int(element, "Period", record),
            DaysOfWeek = e.Int(element, "DaysOfWeek", record),
            MonthItem = e.Int(element, "MonthItem", record),
            MonthPosition = e.Int(element, "MonthPosition", record),
            Month = e.Int(element, "Month", record),
            MonthDay = e.Int(element, "MonthDay", record),
            DayWorking = e.Flag(element, "DayWorking", record),
            WorkingTimes = MspdiWeekDay.ReadWorkingTimes(element, e, record),
        };
    }
}
