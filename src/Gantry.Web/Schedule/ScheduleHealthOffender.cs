namespace Gantry.Web.Schedule;

/// <summary>An activity code (or a link "A → B") that fails a check, with the activity name when it is one.</summary>
public sealed record ScheduleHealthOffender(string Code, string? Name);
