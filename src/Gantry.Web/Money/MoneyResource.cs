namespace Gantry.Web;

/// <summary>
/// Marker type for the day-labour and cost pages' text in Resources/MoneyResource(.zh-Hans).resx,
/// in the root namespace for the same reason as <see cref="SharedResource"/>.
/// </summary>
public sealed class MoneyResource;
