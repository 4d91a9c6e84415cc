namespace Gantry.Web;

/// <summary>
/// Marker type for the messages about requests the server cannot read, in Resources/RobustnessResource(.zh-Hans).resx,
/// in the root namespace for the same reason as <see cref="SharedResource"/>.
/// </summary>
public sealed class RobustnessResource;
