namespace Gantry.Core.DayLabour;

/// <summary>Who finally pays for a ticket.</summary>
public enum ChargeTo
{
    /// <summary>The general contractor's own cost.</summary>
    OwnCost = 1,

    /// <summary>Back-charged to a subcontractor (a deduction on its subcontract).</summary>
    BackCharge = 2,

    /// <summary>Claimed from the owner as a site instruction (签证) on the owner contract.</summary>
    OwnerClaim = 3,
}
