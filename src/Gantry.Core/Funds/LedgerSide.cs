namespace Gantry.Core.Funds;

/// <summary>Receivable: what the owner still owes us. Payable: what we still owe subcontractors and suppliers.</summary>
public enum LedgerSide
{
    Receivable = 1,
    Payable = 2,
}
