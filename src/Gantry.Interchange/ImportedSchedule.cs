using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange;

/// <summary>
/// A schedule file turned into what the engine reads, with the file's own options and, kept
/// apart, the answers the tool that wrote it computed.
/// </summary>
public sealed class ImportedSchedule
{
    /// <summary>File or stream name.</summary>
    public required string Source { get; init; }

    /// <summary>Which tool's conventions the file follows (dates are printed in them).</summary>
    public required SchedulingConvention Convention { get; init; }

    /// <summary>"Primavera P6 8.1", "Microsoft Project (MSPDI 12)" …</summary>
    public required string WrittenBy { get; init; }
    public required ScheduleNetwork Network { get; init; }
    public required ScheduleOptions Options { get; init; }

    /// <summary>Calendar id → definition, the same ids the activities use.</summary>
    public required IReadOnlyDictionary<string, CalendarDefinition> Calendars { get; init; }

    /// <summary>The file's computed dates per activity, in file order.</summary>
    public required IReadOnlyList<StoredActivityDates> Stored { get; init; }
    public required IReadOnlyList<ImportNote> Notes { get; init; }

    /// <summary>The calendar an activity works on: its own or the project default.</summary>
    public string? CalendarOf(string? activityCalendarId) => activityCalendarId ?? Options.DefaultCalendarId;
}
