namespace Gantry.Core.Funds;

/// <summary>A payment request is checked by the cost controller, then approved by the project manager (or rejected at either step).</summary>
public enum PaymentStatus
{
    Requested = 1,
    Checked = 2,
    Approved = 3,
    Rejected = 4,

    /// <summary>A day-labour ticket's request whose payments were all reversed: it no longer holds the ticket's wages.</summary>
    Withdrawn = 5,
}
