namespace Gantry.Core.Plans;

/// <summary>
/// The approval chain of a plan: the planner submits, the project manager approves and then
/// publishes (issues) it to the teams. A rejection sends it back to draft with a reason.
/// </summary>
public enum PlanStatus
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Published = 4,
}
