namespace Gantry.Web;

/// <summary>
/// Marker type for the wage sheet's text in Resources/WageResource(.zh-Hans).resx, in the root
/// namespace for the same reason as <see cref="SharedResource"/>.
/// </summary>
public sealed class WageResource;
