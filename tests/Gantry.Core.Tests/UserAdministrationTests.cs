using Gantry.Core.Common;
using Gantry.Core.Tokens;
using Gantry.Core.Users;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Gantry.Core.Tests;

public sealed class UserAdministrationTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private Task<UserSummary> Find(string userName) =>
        db.Run<ListUsers, IReadOnlyList<UserSummary>>("admin", u => u.ExecuteAsync()).ContinueWith(t => t.Result.Single(x => x.UserName == userName));

    private static UpdateUserInput Input(UserSummary u) => new()
    {
        DisplayName = u.DisplayName, Email = u.Email, OrganisationId = u.OrganisationId, IsAdministrator = u.IsAdministrator,
        IsActive = u.IsActive, Version = u.Version,
    };

    [Fact]
    public async Task DisablingAUserStopsSignInSessionsAndTokens()
    {
        var token = await db.Run<IssueToken, IssuedToken>("supplier.wu", u => u.ExecuteAsync(new IssueTokenInput { Name = "对账" }));
        var session = (await db.Run<SignIn, SignInResult>(null, u => u.ExecuteAsync("supplier.wu", CoreDatabase.DemoPassword))).User!;
        var user = await Find("supplier.wu");

        var disabled = await db.Run<UpdateUser, UserSummary>("admin", u => u.ExecuteAsync(user.Id, Input(user) with { IsActive = false }));

        Assert.False(disabled.IsActive);
        Assert.False((await db.Run<SignIn, SignInResult>(null, u => u.ExecuteAsync("supplier.wu", CoreDatabase.DemoPassword))).Succeeded);
        Assert.False(await db.Run<ValidateSession, bool>(null, u => u.ExecuteAsync(session.Id, session.SecurityStamp)));
        Assert.Null(await db.Run<AuthenticateToken, SignedInUser?>(null, u => u.ExecuteAsync(token.Token)));
        await Assert.ThrowsAsync<NotSignedInException>(() => db.Run<GetCurrentUser, CurrentUserDetails>("supplier.wu", u => u.ExecuteAsync()));
    }

    [Fact]
    public async Task AResetPasswordLiftsTheLockOut()
    {
        for (var i = 0; i < 5; i++)
        {
            await db.Run<SignIn, SignInResult>(null, u => u.ExecuteAsync("designer.zheng", "wrong-password"));
        }

        var user = await Find("designer.zheng");
        Assert.NotNull(user.LockedOutUntil);

        await db.As("admin", sp => sp.GetRequiredService<ResetPassword>().ExecuteAsync(user.Id, "Fresh-Start-2027"));

        Assert.True((await db.Run<SignIn, SignInResult>(null, u => u.ExecuteAsync("designer.zheng", "Fresh-Start-2027"))).Succeeded);
    }

    [Fact]
    public async Task AnAdministratorCannotRemoveTheirOwnRights()
    {
        var admin = await Find("admin");

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            db.Run<UpdateUser, UserSummary>("admin", u => u.ExecuteAsync(admin.Id, Input(admin) with { IsAdministrator = false })));

        Assert.Equal("isAdministrator", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task OnlyAdministratorsChangeOrResetUsers()
    {
        var user = await Find("site.wang");

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            db.Run<UpdateUser, UserSummary>("pm.zhang", u => u.ExecuteAsync(user.Id, Input(user) with { IsAdministrator = true })));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            db.As("pm.zhang", sp => sp.GetRequiredService<ResetPassword>().ExecuteAsync(user.Id, "Taken-Over-123")));
    }

    [Fact]
    public async Task NonAdministratorsListOnlyActiveUsers()
    {
        var all = await db.Query(d => d.Users.CountAsync(u => u.IsActive));

        var listed = await db.Run<ListUsers, IReadOnlyList<UserSummary>>("pm.zhang", u => u.ExecuteAsync());

        Assert.Equal(all, listed.Count);
        Assert.All(listed, u => Assert.True(u.IsActive));
    }

    [Fact]
    public async Task NonAdministratorsDoNotSeeOtherPeoplesEmailOrAdministratorFlag()
    {
        var withEmail = await db.Query(d => d.Users.CountAsync(u => u.IsActive && u.Email != null && u.UserName != "sub.sun"));
        Assert.True(withEmail > 0);

        var listed = await db.Run<ListUsers, IReadOnlyList<UserSummary>>("sub.sun", u => u.ExecuteAsync());
        var byAdmin = await db.Run<ListUsers, IReadOnlyList<UserSummary>>("admin", u => u.ExecuteAsync());

        Assert.All(listed.Where(u => u.UserName != "sub.sun"), u => Assert.Null(u.Email));
        Assert.DoesNotContain(listed, u => u.IsAdministrator);
        Assert.Equal(byAdmin.Single(u => u.UserName == "sub.sun").Email, listed.Single(u => u.UserName == "sub.sun").Email);
        Assert.Equal(withEmail, byAdmin.Count(u => u.IsActive && u.Email != null && u.UserName != "sub.sun"));
        Assert.Contains(byAdmin, u => u.IsAdministrator);
    }
}
