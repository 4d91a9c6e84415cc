namespace Gantry.Web;

/// <summary>
/// Marker type for the health-check page's text in Resources/ScheduleHealthResource(.zh-Hans).resx,
/// in the root namespace for the same reason as <see cref="SharedResource"/>.
/// </summary>
public sealed class ScheduleHealthResource;
