using System.Net;
using System.Net.Http.Json;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

public sealed class SignInApiTests(GantryApp app) : IClassFixture<GantryApp>
{
    [Fact]
    public async Task SigningInSetsASessionCookieThatOpensTheApi()
    {
        var client = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);

        var signIn = await client.PostAsJsonAsync("/api/v1/auth/sign-in", new { userName = "pm.zhang", password = GantryApp.DemoPassword });
        var me = await (await client.GetAsync("/api/v1/me")).Read(HttpStatusCode.OK);

        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("gantry.session=", StringComparison.Ordinal)
            && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("张伟", me.Str("displayName"));
        Assert.Equal("generalContractor", me.Str("organisationType"));
    }

    [Fact]
    public async Task AWrongPasswordIsA401ProblemInTheUsersLanguage()
    {
        var client = app.Client("zh-CN");

        var response = await client.PostAsJsonAsync("/api/v1/auth/sign-in", new { userName = "site.wang", password = "wrong-password" });

        var problem = await response.Problem(HttpStatusCode.Unauthorized);
        Assert.Equal("用户名或密码不正确。", problem.Str("detail"));
    }

    [Fact]
    public async Task ThreeWrongPasswordsLockTheAccount()
    {
        var client = app.Client();
        for (var i = 0; i < 2; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/sign-in", new { userName = "supplier.wu", password = "wrong-password" });
        }

        var third = await client.PostAsJsonAsync("/api/v1/auth/sign-in", new { userName = "supplier.wu", password = "wrong-password" });
        var right = await client.PostAsJsonAsync("/api/v1/auth/sign-in", new { userName = "supplier.wu", password = GantryApp.DemoPassword });

        var problem = await third.Problem(HttpStatusCode.Unauthorized);
        Assert.True(problem.TryGetProperty("lockedOutUntil", out _));
        Assert.StartsWith("Too many failed sign-ins.", (await right.Problem(HttpStatusCode.Unauthorized)).Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOutEndsTheSession()
    {
        var client = await app.SignedIn("owner.liu");

        await client.PostAsync("/api/v1/auth/sign-out", null);

        await (await client.GetAsync("/api/v1/me")).Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ChangingThePasswordKeepsThisSessionAndEndsTheOthers()
    {
        var here = await app.SignedIn("designer.zheng");
        var elsewhere = await app.SignedIn("designer.zheng");

        var change = await here.PutAsJson("/api/v1/me/password", new { currentPassword = GantryApp.DemoPassword, newPassword = "Brand-New-Pass-1" });

        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task UnauthenticatedApiRequestsGetA401ProblemNotARedirect()
    {
        var client = app.Client();

        var response = await client.GetAsync("/api/v1/projects");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheSavedLanguageWinsOverTheBrowsersLanguage()
    {
        var client = await app.SignedIn("cost.chen", language: "en");
        await client.PutAsJson("/api/v1/me/language", new { language = "zh-Hans" });

        var response = await client.PostAsJsonAsync("/api/v1/projects", new { });

        var problem = await response.Problem(HttpStatusCode.BadRequest);
        Assert.Equal("部分字段填写有误。", problem.Str("title"));
    }

    [Fact]
    public async Task TheLanguageCookieWinsOverTheBrowsersLanguage()
    {
        var client = app.Client("zh-CN");
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c=en|uic=en");

        var response = await client.PostAsJsonAsync("/api/v1/auth/sign-in", new { userName = "nobody", password = "whatever-1" });

        Assert.Equal("User name or password is not correct.", (await response.Problem(HttpStatusCode.Unauthorized)).Str("detail"));
    }
}
