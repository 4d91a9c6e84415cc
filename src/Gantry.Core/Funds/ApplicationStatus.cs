namespace Gantry.Core.Funds;

/// <summary>A progress payment application is submitted to the owner, then approved (certified) at some value.</summary>
public enum ApplicationStatus
{
    Submitted = 1,
    Approved = 2,
}
