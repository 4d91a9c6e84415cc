namespace Gantry.Interchange;

/// <summary>A schedule file opened for the engine together with its <see cref="ScheduleDetails"/>.</summary>
public sealed record DetailedSchedule(ImportedSchedule Schedule, ScheduleDetails Details);
