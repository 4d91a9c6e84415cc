namespace Gantry.Core.Costs;

/// <summary>The first approved target cost (目标成本) is the initial budget; every later one is a revision.</summary>
public enum BudgetKind
{
    Initial = 1,
    Revised = 2,
}
