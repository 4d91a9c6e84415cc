using Gantry.Core.Costs;

namespace Gantry.Web.Money;

/// <summary>
/// A signed cost contract as it counts in the cost report's "committed" figure: its value plus its
/// approved variations, net of VAT (the report adds net amounts).
/// </summary>
public sealed record CommittedContract(ContractSummary Contract, string CostCode, decimal Net);
