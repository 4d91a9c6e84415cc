namespace Gantry.Core.Costs;

/// <summary>A budget version is edited as a draft, then approved; approving a revision supersedes the one before.</summary>
public enum BudgetStatus
{
    Draft = 1,
    Approved = 2,
    Superseded = 3,
}
