namespace Gantry.Core.Costs;

/// <summary>The owner contract is the income side; subcontracts and purchase contracts are the cost side.</summary>
public enum ContractKind
{
    Owner = 1,
    Subcontract = 2,
    Purchase = 3,
}
