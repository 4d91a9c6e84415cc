namespace Gantry.Web;

/// <summary>
/// Marker type for the budget grid's and the cost pages' Excel and filter text in
/// Resources/BudgetGridResource(.zh-Hans).resx, in the root namespace for the same reason as <see cref="SharedResource"/>.
/// </summary>
public sealed class BudgetGridResource;
