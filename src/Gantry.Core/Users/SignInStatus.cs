namespace Gantry.Core.Users;

public enum SignInStatus
{
    Succeeded = 1,

    /// <summary>Unknown user, wrong password or a disabled account: one answer for all, so it reveals nothing.</summary>
    Failed = 2,

    LockedOut = 3,
}
