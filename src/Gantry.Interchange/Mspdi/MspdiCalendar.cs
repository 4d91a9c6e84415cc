using System.Globalization;
using System.Xml.Linq;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// A <c>Calendar</c>: base calendars stand alone, task and resource calendars name their base
/// with <c>BaseCalendarUID</c> and override days of the week or add exceptions.
/// </summary>
public sealed record MspdiCalendar
{
    public required int Uid { get; init; }
    public string? Name { get; init; }
    public bool IsBaseCalendar { get; init; }
    public int? BaseCalendarUid { get; init; }

    /// <summary>Days of the week (DayType 1–7) and, in 2003 files, exceptions (DayType 0).</summary>
    public required IReadOnlyList<MspdiWeekDay> WeekDays { get; init; }
    public required IReadOnlyList<MspdiCalendarException> Exceptions { get; init; }
    public required IReadOnlyList<MspdiWorkWeek> WorkWeeks { get; init; }
    public required XElement Element { get; init; }

    internal static MspdiCalendar From(XElement element, MspdiElements e)
    {
        int uid = e.Int(element, "UID", "Calendar") ?? throw e.Error(element, "Calendar", "UID", InterchangeText.Format("MissingElement", "Calendar", "UID"));
        string record = "Calendar UID " + uid.ToString(CultureInfo.InvariantCulture);
        var weekDays = MspdiElements.Child(element, "WeekDays");
        var exceptions = MspdiElements.Child(element, "Exceptions");
        var workWeeks = MspdiElements.Child(element, "WorkWeeks");
        int? baseUid = e.Int(element, "BaseCalendarUID", record);
        return new MspdiCalendar
        {
            Uid = uid,
            Name = MspdiElements.Text(element, "Name"),
            IsBaseCalendar = e.Flag(element, "IsBaseCalendar", record),
            BaseCalendarUid = baseUid is null or -1 ? null : baseUid,
            WeekDays = weekDays == null ? [] : [.. MspdiElements.Children(weekDays, "WeekDay").Select(d => MspdiWeekDay.Read(d, e, record))],
            Exceptions = exceptions == null ? [] : [.. MspdiElements.Children(exceptions, "Exception").Select(x => MspdiCalendarException.Read(x, e, record))],
            WorkWeeks = workWeeks == null ? [] : [.. MspdiElements.Children(workWeeks, "WorkWeek").Select(w => MspdiWorkWeek.Read(w, e, record))],
            Element = element,
        };
    }
}
