namespace Gantry.Core.Funds;

/// <summary>Whether the payee's VAT invoice for the request is in hand (先票后款 is common practice).</summary>
public enum InvoiceStatus
{
    None = 1,
    Received = 2,
    Verified = 3,
}
