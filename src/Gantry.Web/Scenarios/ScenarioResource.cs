namespace Gantry.Web;

/// <summary>
/// Marker type for the what-if scenario pages' text in Resources/ScenarioResource(.zh-Hans).resx, in the
/// root namespace for the same reason as <see cref="SharedResource"/>.
/// </summary>
public sealed class ScenarioResource;
