using Gantry.Core.Plans;

namespace Gantry.Web.Plans;

/// <summary>The badge colour of a plan status: grey while it is a working paper, green once it is issued.</summary>
public static class PlanBadge
{
    public static string For(PlanStatus status) => status switch
    {
        PlanStatus.Submitted => "text-bg-warning",
        PlanStatus.Approved => "text-bg-info",
        PlanStatus.Published => "text-bg-success",
        _ => "text-bg-secondary",
    };
}
