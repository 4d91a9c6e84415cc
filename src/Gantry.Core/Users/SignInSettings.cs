namespace Gantry.Core.Users;

/// <summary>Lock-out policy, configuration section <c>SignIn</c>.</summary>
public sealed class SignInSettings
{
    /// <summary>Wrong passwords in a row that lock the account.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;
}
