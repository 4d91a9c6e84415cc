using System.Globalization;
using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gantry.Core.Users;

/// <summary>
/// Checks a user name (or e-mail) and password. After <see cref="SignInSettings.MaxFailedAttempts"/>
/// wrong passwords in a row the account is locked for <see cref="SignInSettings.LockoutMinutes"/>,
/// during which even the right password is refused, so guessing cannot continue.
/// </summary>
public sealed class SignIn(GantryDbContext db, IPasswordHasher<User> hasher, IOptions<SignInSettings> settings,
    TimeProvider clock)
{
    public async Task<SignInResult> ExecuteAsync(string? userNameOrEmail, string? password,
        CancellationToken cancellationToken = default)
    {
        var v = new Validation();
        var login = v.Trimmed("userName", userNameOrEmail, 200);
        if (string.IsNullOrEmpty(password))
        {
            v.Add("password", "Required");
        }

        v.ThrowIfAny();

        var normalized = User.Normalize(login);
        var user = await db.Users.SingleOrDefaultAsync(
            u => u.NormalizedUserName == normalized || u.NormalizedEmail == normalized, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (user is null)
        {
            // Hash anyway so an unknown name takes as long as a wrong password.
            hasher.VerifyHashedPassword(null!, DummyHash.Value, password!);
            return Failed();
        }

        if (user.IsLockedOut(now))
        {
            return LockedOut(user.LockedOutUntil!.Value);
        }

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, password!);
        if (verdict == PasswordVerificationResult.Failed || !user.IsActive)
        {
            var policy = settings.Value;
            user.RecordFailedSignIn(now, policy.MaxFailedAttempts, TimeSpan.FromMinutes(policy.LockoutMinutes));
            await db.SaveChangesAsync(cancellationToken);
            return user.IsLockedOut(now) ? LockedOut(user.LockedOutUntil!.Value) : Failed();
        }

        user.RecordSuccessfulSignIn();
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.SetPasswordHash(hasher.HashPassword(user, password!));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SignInResult(SignInStatus.Succeeded,
            new SignedInUser(user.Id, user.UserName, user.DisplayName, user.IsAdministrator, user.SecurityStamp,
                user.PreferredCulture),
            null, null);
    }

    private static SignInResult Failed() => new(SignInStatus.Failed, null, null, Text.Get("SignInFailed"));

    private static SignInResult LockedOut(DateTime until) =>
        new(SignInStatus.LockedOut, null, until,
            Text.Get("LockedOut", until.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));

    private static class DummyHash
    {
        public static readonly string Value = new PasswordHasher<User>().HashPassword(null!, "not-a-real-password");
    }
}
