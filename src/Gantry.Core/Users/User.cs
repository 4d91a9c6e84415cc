using Gantry.Core.Common;

namespace Gantry.Core.Users;

/// <summary>A person who signs in. Belongs to one organisation; sees projects through memberships.</summary>
public sealed class User : IVersioned
{
    public const int UserNameMaxLength = 50;
    public const int DisplayNameMaxLength = 100;
    public const int MinPasswordLength = 8;

    private User()
    {
        UserName = NormalizedUserName = DisplayName = PasswordHash = SecurityStamp = string.Empty;
    }

    public Guid Id { get; private set; }

    public string UserName { get; private set; }

    /// <summary>Upper-invariant copy used for case-insensitive look-up on both databases.</summary>
    public string NormalizedUserName { get; private set; }

    public string? Email { get; private set; }

    public string? NormalizedEmail { get; private set; }

    public string DisplayName { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>System administrator: manages users and organisations and sees every project.</summary>
    public bool IsAdministrator { get; private set; }

    public bool IsActive { get; private set; } = true;

    public string PasswordHash { get; private set; }

    /// <summary>Changes whenever the password changes, so cookies issued before it stop working.</summary>
    public string SecurityStamp { get; private set; }

    public int FailedSignInCount { get; private set; }

    public DateTime? LockedOutUntil { get; private set; }

    /// <summary>UI language chosen by the user ("zh-Hans" or "en"); null means "follow the browser".</summary>
    public string? PreferredCulture { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public int Version { get; set; }

    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    public static User Create(string userName, string displayName, string? email, Guid organisationId,
        bool isAdministrator, DateTime now)
    {
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            UserName = userName,
            NormalizedUserName = Normalize(userName),
            DisplayName = displayName,
            OrganisationId = organisationId,
            IsAdministrator = isAdministrator,
            CreatedAt = now,
            SecurityStamp = NewStamp(),
        };
        user.SetEmail(email);
        return user;
    }

    public void SetEmail(string? email)
    {
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        NormalizedEmail = Email is null ? null : Normalize(Email);
    }

    public void SetPasswordHash(string hash)
    {
        PasswordHash = hash;
        SecurityStamp = NewStamp();
    }

    public void SetPreferredCulture(string? culture) => PreferredCulture = culture;

    /// <summary>An administrator's correction of who this person is and whether they may sign in.</summary>
    public void Change(string displayName, string? email, Guid organisationId, bool isAdministrator, bool isActive)
    {
        DisplayName = displayName;
        SetEmail(email);
        OrganisationId = organisationId;
        IsAdministrator = isAdministrator;
        IsActive = isActive;
    }

    public bool IsLockedOut(DateTime now) => LockedOutUntil is { } until && until > now;

    /// <summary>
    /// Counts a wrong password. After <paramref name="maxFailures"/> in a row the account is locked
    /// for <paramref name="lockoutDuration"/>; the count restarts so the next lock needs as many again.
    /// </summary>
    public void RecordFailedSignIn(DateTime now, int maxFailures, TimeSpan lockoutDuration)
    {
        FailedSignInCount++;
        if (FailedSignInCount >= maxFailures)
        {
            LockedOutUntil = now + lockoutDuration;
            FailedSignInCount = 0;
        }
    }

    /// <summary>An administrator sets a new password for someone who forgot theirs; this also lifts a lock-out.</summary>
    public void ResetPassword(string hash)
    {
        SetPasswordHash(hash);
        RecordSuccessfulSignIn();
    }

    public void RecordSuccessfulSignIn()
    {
        FailedSignInCount = 0;
        LockedOutUntil = null;
    }

    private static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
