using System.Net;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

public sealed class PlatformTests(GantryApp app) : IClassFixture<GantryApp>
{
    [Fact]
    public async Task HealthAnswers200WhenTheDatabaseAnswers()
    {
        var health = await (await app.Client().GetAsync("/health")).Read(HttpStatusCode.OK);

        Assert.Equal("healthy", health.Str("status"));
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheApi()
    {
        var document = await (await app.Client().GetAsync("/openapi/v1.json")).Read(HttpStatusCode.OK);

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("/api/v1/projects", paths);
        Assert.Contains("/api/v1/projects/{projectId}", paths);
        Assert.Contains("/api/v1/tokens", paths);
        Assert.Contains("/api/v1/auth/sign-in", paths);
    }
}
