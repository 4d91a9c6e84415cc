namespace Gantry.Core.Costs;

/// <summary>Only an approved variation changes the contract's value.</summary>
public enum VariationStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}
