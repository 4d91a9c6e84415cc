namespace Gantry.Web;

/// <summary>
/// Marker type for the schedule page's text in Resources/ScheduleResource(.zh-Hans).resx, in the root
/// namespace for the same reason as <see cref="SharedResource"/>.
/// </summary>
public sealed class ScheduleResource;
