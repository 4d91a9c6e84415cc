using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;

namespace Gantry.Interchange.Excel;

/// <summary>One activity row of the sheet as read, before the links between rows are resolved.</summary>
internal sealed class ActivityRow
{
    public required int Row { get; init; }
    public required string Code { get; init; }
    public string? Name { get; set; }
    public string? WbsCode { get; set; }
    public ActivityType? Type { get; set; }
    public long DurationMinutes { get; set; }
    public long? RemainingMinutes { get; set; }
    public CalendarDefinition? Calendar { get; set; }
    public string? Predecessors { get; set; }
    public ScheduleConstraint Constraint { get; set; }
    public DateTime? PlannedStart { get; set; }
    public DateTime? PlannedFinish { get; set; }
    public DateTime? ActualStart { get; set; }
    public DateTime? ActualFinish { get; set; }
    public double PercentComplete { get; set; }
    public List<string> Resources { get; } = [];
    public decimal? Budget { get; set; }

    public int MinutesPerDay => Calendar?.MinutesPerDay ?? 480;

    public int MinutesPerWeek => Calendar?.MinutesPerWeek ?? 2400;
}
