namespace Gantry.Web;

/// <summary>
/// Marker type for the baselines page's text in Resources/BaselineResource(.zh-Hans).resx,
/// in the root namespace for the same reason as <see cref="SharedResource"/>.
/// </summary>
public sealed class BaselineResource;
