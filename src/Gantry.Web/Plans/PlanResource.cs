namespace Gantry.Web;

/// <summary>
/// Marker type for the plan pages' text in Resources/PlanResource(.zh-Hans).resx, in the root
/// namespace for the same reason as <see cref="SharedResource"/>.
/// </summary>
public sealed class PlanResource;
