using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Organisations;
using Gantry.Core.Users;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Gantry.Core.Tests;

public sealed class SignInTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private async Task<string> NewUserAsync(string password = "Correct-Horse-1")
    {
        var name = "u" + Guid.NewGuid().ToString("N")[..10];
        var organisation = await db.Query(d => d.Organisations.Where(o => o.Type == OrganisationType.Subcontractor)
            .Select(o => o.Id).FirstAsync());
        await db.Run<CreateUser, UserSummary>("admin", u => u.ExecuteAsync(new CreateUserInput
        {
            UserName = name, DisplayName = "测试用户", Email = name + "@example.cn", Password = password, OrganisationId = organisation,
        }));
        return name;
    }

    private Task<SignInResult> SignInAsync(string login, string password) =>
        db.Run<SignIn, SignInResult>(null, u => u.ExecuteAsync(login, password));

    [Fact]
    public async Task RightPasswordSignsInByUserNameOrEmailIgnoringCase()
    {
        var name = await NewUserAsync();

        var byName = await SignInAsync(name.ToUpperInvariant(), "Correct-Horse-1");
        var byEmail = await SignInAsync(name + "@EXAMPLE.cn", "Correct-Horse-1");

        Assert.True(byName.Succeeded);
        Assert.Equal(name, byName.User!.UserName);
        Assert.True(byEmail.Succeeded);
    }

    [Fact]
    public async Task PasswordIsStoredAsAFrameworkHashNotInPlainText()
    {
        var name = await NewUserAsync("Plain-Text-Never");

        var hash = await db.Query(d => d.Users.Where(u => u.UserName == name).Select(u => u.PasswordHash).SingleAsync());

        Assert.DoesNotContain("Plain-Text-Never", hash, StringComparison.Ordinal);
        Assert.Equal(0x01, Convert.FromBase64String(hash)[0]); // PasswordHasher V3 format marker
    }

    [Fact]
    public async Task WrongPasswordAndUnknownUserGiveTheSameAnswer()
    {
        var name = await NewUserAsync();
        using var culture = new Culture("en");

        var wrong = await SignInAsync(name, "Wrong-Password");
        var unknown = await SignInAsync("nobody-here", "Wrong-Password");

        Assert.Equal(SignInStatus.Failed, wrong.Status);
        Assert.Equal(SignInStatus.Failed, unknown.Status);
        Assert.Equal(wrong.Message, unknown.Message);
        Assert.Equal("User name or password is not correct.", wrong.Message);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne()
    {
        var name = await NewUserAsync();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(SignInStatus.Failed, (await SignInAsync(name, "Wrong-Password")).Status);
        }

        var fifth = await SignInAsync(name, "Wrong-Password");
        var right = await SignInAsync(name, "Correct-Horse-1");

        Assert.Equal(SignInStatus.LockedOut, fifth.Status);
        Assert.Equal(SignInStatus.LockedOut, right.Status);
        Assert.Equal(db.Clock.GetUtcNow().UtcDateTime.AddMinutes(15), right.LockedOutUntil);
    }

    [Fact]
    public async Task LockOutEndsAfterFifteenMinutes()
    {
        var name = await NewUserAsync();
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(name, "Wrong-Password");
        }

        db.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        var result = await SignInAsync(name, "Correct-Horse-1");

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task EmptyFieldsAreAValidationErrorNotAFailedAttempt()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => SignInAsync(" ", ""));

        Assert.Equal(["userName", "password"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task ChangingThePasswordNeedsTheCurrentOneAndEndsOldSessions()
    {
        var name = await NewUserAsync();
        var before = (await SignInAsync(name, "Correct-Horse-1")).User!;

        var wrong = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            db.Run<ChangePassword, SignedInUser>(name, u => u.ExecuteAsync("not-it", "New-Password-2")));
        var after = await db.Run<ChangePassword, SignedInUser>(name, u => u.ExecuteAsync("Correct-Horse-1", "New-Password-2"));

        Assert.Equal("currentPassword", Assert.Single(wrong.Errors).Field);
        Assert.False(await db.Run<ValidateSession, bool>(null, u => u.ExecuteAsync(before.Id, before.SecurityStamp)));
        Assert.True(await db.Run<ValidateSession, bool>(null, u => u.ExecuteAsync(after.Id, after.SecurityStamp)));
        Assert.True((await SignInAsync(name, "New-Password-2")).Succeeded);
        Assert.False((await SignInAsync(name, "Correct-Horse-1")).Succeeded);
    }

    [Fact]
    public async Task NewUserNeedsAUniqueNameAndALongEnoughPassword()
    {
        var organisation = await db.Query(d => d.Organisations.Select(o => o.Id).FirstAsync());
        using var culture = new Culture("zh-Hans");

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<CreateUser, UserSummary>("admin",
            u => u.ExecuteAsync(new CreateUserInput
            {
                UserName = "PM.Zhang", DisplayName = "重名", Password = "short", OrganisationId = organisation,
            })));

        var messages = error.Errors.ToDictionary(e => e.Field, e => e.Message, StringComparer.Ordinal);
        Assert.Equal(2, messages.Count);
        Assert.Equal("“用户名”“PM.Zhang”已被使用。", messages["userName"]);
        Assert.Equal("“密码”至少需要 8 个字符。", messages["password"]);
    }

    [Fact]
    public async Task PreferredLanguageIsRememberedAndBrowserVariantsAreMatched()
    {
        var name = await NewUserAsync();

        var saved = await db.Run<SetPreferredCulture, string?>(name, u => u.ExecuteAsync("zh-CN"));
        var me = await db.Run<GetCurrentUser, CurrentUserDetails>(name, u => u.ExecuteAsync());
        await Assert.ThrowsAsync<ValidationFailedException>(() =>
            db.Run<SetPreferredCulture, string?>(name, u => u.ExecuteAsync("fr")));

        Assert.Equal("zh-Hans", saved);
        Assert.Equal("zh-Hans", me.PreferredCulture);
    }

    [Fact]
    public async Task FirstStartCreatedOneAdministratorWithTheConfiguredPassword()
    {
        var result = await SignInAsync("admin", CoreDatabase.AdminPassword);

        Assert.True(result.Succeeded);
        Assert.True(result.User!.IsAdministrator);
        await using var scope = db.Services.CreateAsyncScope();
        var again = await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        Assert.Null(again.AdminPassword);
    }
}
