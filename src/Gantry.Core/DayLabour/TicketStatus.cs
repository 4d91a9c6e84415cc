namespace Gantry.Core.DayLabour;

/// <summary>The signature chain: the foreman submits, the site engineer verifies, the project manager approves.</summary>
public enum TicketStatus
{
    Draft = 1,
    Submitted = 2,
    Verified = 3,
    Approved = 4,
    Reversed = 5,
}
