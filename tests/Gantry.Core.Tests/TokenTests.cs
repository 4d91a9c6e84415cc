using Gantry.Core.Common;
using Gantry.Core.Tokens;
using Gantry.Core.Users;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Gantry.Core.Tests;

public sealed class TokenTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private Task<SignedInUser?> Authenticate(string token) =>
        db.Run<AuthenticateToken, SignedInUser?>(null, u => u.ExecuteAsync(token));

    [Fact]
    public async Task AnIssuedTokenAuthenticatesItsOwnerAndOnlyItsHashIsStored()
    {
        var issued = await db.Run<IssueToken, IssuedToken>("planner.li", u => u.ExecuteAsync(new IssueTokenInput { Name = "Excel 报表" }));

        var user = await Authenticate(issued.Token);
        var stored = await db.Query(d => d.PersonalAccessTokens.SingleAsync(t => t.Id == issued.Summary.Id));

        Assert.Equal("planner.li", user!.UserName);
        Assert.StartsWith("gantry_", issued.Token, StringComparison.Ordinal);
        Assert.NotEqual(issued.Token, stored.TokenHash);
        Assert.Equal(PersonalAccessToken.Hash(issued.Token), stored.TokenHash);
        Assert.StartsWith(stored.DisplayPrefix, issued.Token, StringComparison.Ordinal);
        Assert.Equal(db.Clock.GetUtcNow().UtcDateTime, stored.LastUsedAt);
    }

    [Fact]
    public async Task ARevokedTokenNoLongerAuthenticates()
    {
        var issued = await db.Run<IssueToken, IssuedToken>("planner.li", u => u.ExecuteAsync(new IssueTokenInput { Name = "BI" }));

        await db.Run<RevokeToken, TokenSummary>("planner.li", u => u.ExecuteAsync(issued.Summary.Id));

        Assert.Null(await Authenticate(issued.Token));
    }

    [Fact]
    public async Task AnExpiredTokenNoLongerAuthenticates()
    {
        var expires = db.Clock.GetUtcNow().UtcDateTime.AddDays(1);
        var issued = await db.Run<IssueToken, IssuedToken>("site.wang",
            u => u.ExecuteAsync(new IssueTokenInput { Name = "手机", ExpiresAt = expires }));
        Assert.NotNull(await Authenticate(issued.Token));

        db.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Null(await Authenticate(issued.Token));
    }

    [Fact]
    public async Task SomeoneElsesTokenCannotBeRevokedOrEvenFound()
    {
        var issued = await db.Run<IssueToken, IssuedToken>("planner.li", u => u.ExecuteAsync(new IssueTokenInput { Name = "私有" }));

        await Assert.ThrowsAsync<NotFoundException>(() =>
            db.Run<RevokeToken, TokenSummary>("site.wang", u => u.ExecuteAsync(issued.Summary.Id)));
        var theirs = await db.Run<ListTokens, IReadOnlyList<TokenSummary>>("site.wang", u => u.ExecuteAsync());

        Assert.DoesNotContain(theirs, t => t.Id == issued.Summary.Id);
        Assert.NotNull(await Authenticate(issued.Token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("gantry_")]
    [InlineData("not-a-token")]
    [InlineData("gantry_0000000000000000000000000000000000000000000000000000000000000000")]
    public async Task GarbageTokensAuthenticateNobody(string token)
    {
        Assert.Null(await Authenticate(token));
    }

    [Fact]
    public async Task ATokenNeedsANameAndAFutureExpiry()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<IssueToken, IssuedToken>("site.wang",
            u => u.ExecuteAsync(new IssueTokenInput { ExpiresAt = db.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1) })));

        Assert.Equal(["name", "expiresAt"], error.Errors.Select(e => e.Field));
    }
}
