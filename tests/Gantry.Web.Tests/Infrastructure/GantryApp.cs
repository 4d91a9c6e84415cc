using System.Net;
using System.Net.Http.Json;
using Gantry.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Gantry.Web.Tests.Infrastructure;

/// <summary>
/// The real app in memory, on its own database of the provider under test (one per test class),
/// first-started with a known administrator password and the demo project.
/// </summary>
public sealed class GantryApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "Admin-Password-1";
    public const string DemoPassword = "Gantry-Demo-2026";

    public TestDatabaseLocation Location { get; } = TestDatabaseLocation.Create();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Location.Configuration())
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Admin:InitialPassword", AdminPassword);
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("SignIn:MaxFailedAttempts", "3");
        builder.UseEnvironment("Testing");
    }

    public Task InitializeAsync()
    {
        // Starts the server, which migrates and seeds.
        _ = Server;
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Location.DisposeAsync();
    }

    /// <summary>A client with its own cookie jar, answering in <paramref name="language"/>.</summary>
    public HttpClient Client(string language = "en")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>A client signed in through the sign-in API (session cookie).</summary>
    public async Task<HttpClient> SignedIn(string userName, string? password = null, string language = "en")
    {
        var client = Client(language);
        var response = await client.PostAsJsonAsync("/api/v1/auth/sign-in",
            new { userName, password = password ?? (userName == "admin" ? AdminPassword : DemoPassword) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }
}
