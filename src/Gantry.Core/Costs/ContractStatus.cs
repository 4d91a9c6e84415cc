namespace Gantry.Core.Costs;

/// <summary>A draft is still negotiated and changes freely; once signed (in force) its value changes only through variations.</summary>
public enum ContractStatus
{
    Draft = 1,
    InForce = 2,
}
