using System.Net;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>The budget page's forms act on the version in the page's address; a post without one is refused, not a crash.</summary>
public sealed class BudgetFormTests(GantryApp app) : IClassFixture<GantryApp>
{
    [Theory]
    [InlineData("Approve")]
    [InlineData("Line")]
    [InlineData("Remove")]
    [InlineData("Import")]
    public async Task BudgetFormWithoutAChosenVersionSaysTheVersionIsRequired(string handler)
    {
        var pm = await app.SignedIn("pm.zhang");
        var projects = await (await pm.GetAsync("/api/v1/projects")).Read(HttpStatusCode.OK);
        var id = projects.EnumerateArray().Single(p => p.Str("code") == "BJHY-3").Str("id");

        var page = await PageForm.PostAsync(pm, $"/projects/{id}/costs/budgets", handler, new Dictionary<string, string>());

        Assert.Contains("Version is required.", page, StringComparison.Ordinal);
    }
}
