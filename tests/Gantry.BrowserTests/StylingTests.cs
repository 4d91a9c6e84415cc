namespace Gantry.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class StylingTests(GantryServer server)
{
    [Fact]
    public async Task SignInPageIsStyledByBootstrapAndOurOwnStylesheet()
    {
        var page = await server.NewPageAsync(locale: "en-US");
        await page.GotoAsync("/sign-in");

        // A stylesheet that fails to load (or arrives empty) still leaves a <link>; count its rules.
        var rules = await page.EvaluateAsync<int[]>(
            "['/lib/bootstrap/css/', '/css/site.css'].map(p => { const s = Array.from(document.styleSheets).find(x => x.href && x.href.includes(p)); return s ? s.cssRules.length : 0; })");
        Assert.True(rules[0] > 1000, $"bootstrap has {rules[0]} rules");
        Assert.True(rules[1] > 10, $"site.css has {rules[1]} rules");
        await page.CloseContextAsync();
    }
}
