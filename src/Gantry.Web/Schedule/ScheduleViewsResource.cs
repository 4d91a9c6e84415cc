namespace Gantry.Web;

/// <summary>
/// Marker type for the text of the milestones, calendars, WBS and network pages in
/// Resources/ScheduleViewsResource(.zh-Hans).resx, in the root namespace like <see cref="SharedResource"/>.
/// </summary>
public sealed class ScheduleViewsResource;
