using System.Collections.Frozen;
using Gantry.Core.Organisations;

namespace Gantry.Core.Permissions;

/// <summary>
/// What a member's party takes away from their role. A subcontractor or a supplier works inside a
/// project run by others: whatever role it was given, it does not keep the project's books (they
/// hold the other parties' prices) nor sign off the project's budgets, payments, baselines or plans.
/// </summary>
public static class PartyLimits
{
    private static readonly FrozenSet<Permission> RunningPartyOnly = new[]
    {
        Permission.EditCosts, Permission.ApproveCosts, Permission.ManageFunds, Permission.CheckPayments, Permission.ApprovePayments,
        Permission.CloseMonths, Permission.ApproveDayLabour, Permission.ApproveBaseline, Permission.ApprovePlans,
    }.ToFrozenSet();

    public static FrozenSet<Permission> Apply(FrozenSet<Permission> rolePermissions, OrganisationType partyRole) =>
        partyRole is OrganisationType.Subcontractor or OrganisationType.Supplier
            ? rolePermissions.Except(RunningPartyOnly).ToFrozenSet()
            : rolePermissions;
}
