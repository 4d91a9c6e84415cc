namespace Gantry.Core.Users;

/// <summary>Outcome of a sign-in; <see cref="Message"/> is in the user's language and safe to show.</summary>
public sealed record SignInResult(SignInStatus Status, SignedInUser? User, DateTime? LockedOutUntil, string? Message)
{
    public bool Succeeded => Status == SignInStatus.Succeeded;
}
