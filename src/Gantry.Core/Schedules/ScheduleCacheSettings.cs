namespace Gantry.Core.Schedules;

/// <summary>Configuration section <c>ScheduleCache</c>: how many projects' schedules an instance keeps in memory (0 turns the cache off).</summary>
public sealed class ScheduleCacheSettings
{
    /// <summary>A 10,000-activity programme takes about 10 MB; four covers the projects a team edits at once.</summary>
    public int Projects { get; set; } = 4;
}
