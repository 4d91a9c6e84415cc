using System.Xml.Linq;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// An MS Project XML (MSPDI) file: project properties, calendars, tasks, resources and
/// assignments. The parsed <see cref="Document"/> stays attached so a writer loses nothing.
/// </summary>
public sealed class MspdiProject
{
    public required XDocument Document { get; init; }
    public required string Source { get; init; }
    public string? Name { get; init; }
    public string? Title { get; init; }
    public int? SaveVersion { get; init; }
    public bool ScheduleFromStart { get; init; } = true;
    public DateTime? StartDate { get; init; }
    public DateTime? FinishDate { get; init; }
    public DateTime? StatusDate { get; init; }
    public DateTime? CurrentDate { get; init; }
    public int? CalendarUid { get; init; }

    /// <summary>Minutes in a "day" and "week" of duration entry (480 and 2400 by default).</summary>
    public int MinutesPerDay { get; init; } = 480;
    public int MinutesPerWeek { get; init; } = 2400;
    public int DaysPerMonth { get; init; } = 20;

    /// <summary>Tasks with total slack at or below this many days are critical.</summary>
    public int CriticalSlackLimit { get; init; }
    public int? DefaultStartTime { get; init; }
    public int? DefaultFinishTime { get; init; }
    public bool NewTasksEffortDriven { get; init; }
    public bool HonorConstraints { get; init; }
    public bool MultipleCriticalPaths { get; init; }
    public required IReadOnlyList<MspdiExtendedAttribute> ExtendedAttributeDefinitions { get; init; }
    public required IReadOnlyList<MspdiCalendar> Calendars { get; init; }
    public required IReadOnlyList<MspdiTask> Tasks { get; init; }
    public required IReadOnlyList<MspdiResource> Resources { get; init; }
    public required IReadOnlyList<MspdiAssignment> Assignments { get; init; }
}
