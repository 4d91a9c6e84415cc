using System.Xml.Linq;

namespace Gantry.Interchange.Mspdi;

/// <summary>A <c>WorkWeek</c>: a different work week for a range of dates (MS Project 2007+).</summary>
public sealed record MspdiWorkWeek
{
    public string? Name { get; init; }
    public DateTime? From { get; init; }
    public DateTime? To { get; init; }
    public required IReadOnlyList<MspdiWeekDay> WeekDays { get; init; }

    internal static MspdiWorkWeek Read(XElement element, MspdiElements e, string record)
    {
        var period = MspdiElements.Child(element, "TimePeriod");
        var days = MspdiElements.Child(element, "WeekDays");
        return new MspdiWorkWeek
        {
            Name = MspdiElements.Text(element, "Name"),
            From = period == null ? null : e.Date(period, "FromDate", record),
            To = period == null ? null : e.Date(period, "ToDate", record),
            WeekDays = days == null ? [] : [.. MspdiElements.Children(days, "WeekDay").Select(d => MspdiWeekDay.Read(d, e, record))],
        };
    }
}
