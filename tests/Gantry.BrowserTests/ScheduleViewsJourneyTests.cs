using System.Globalization;
using System.Text.RegularExpressions;

namespace Gantry.BrowserTests;

/// <summary>
/// The milestones, calendars, WBS and network pages of the demo project 滨江花园3号楼 (BJHY-3).
/// Journeys that change the demo put it back, so other journeys see it as seeded.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ScheduleViewsJourneyTests(GantryServer server)
{
    private static async Task OpenFromOverviewAsync(IPage page, string link)
    {
        await page.ClickAsync("[data-testid=project-switcher]");
        await page.ClickAsync(".switcher-menu a:has-text('BJHY-3')");
        var overview = page.Url;
        await page.ClickAsync($"[data-testid={link}]");
        await page.WaitForURLAsync(url => url != overview);
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    private static ILocator Row(IPage page, string code) => page.Locator($"[data-testid=milestone-row][data-code='{code}']");

    private static async Task<DateOnly> ForecastAsync(IPage page, string code) =>
        DateOnly.ParseExact((await Row(page, code).Locator("[data-testid=milestone-forecast]").InnerTextAsync())[..10], "yyyy-MM-dd",
            CultureInfo.InvariantCulture);

    private static async Task SetContractualDateAsync(IPage page, string code, string value)
    {
        await Row(page, code).Locator("[data-testid=contractual-input]").FillAsync(value);
        await Row(page, code).Locator("[data-testid=contractual-save]").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=views-notice]");
    }

    [Fact]
    public async Task PlannerSetsAContractualDateAndSeesTheStatusColour()
    {
        var page = await server.NewPageAsync(locale: "en-GB");
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await OpenFromOverviewAsync(page, "milestones-link");
        var forecast = await ForecastAsync(page, "M7100");

        // Ten days before the forecast: late beyond the default seven-day tolerance, red.
        await SetContractualDateAsync(page, "M7100", forecast.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal("Late", await Row(page, "M7100").GetAttributeAsync("data-status"));
        Assert.Contains("milestone-red", await Row(page, "M7100").Locator("[data-testid=milestone-status]").GetAttributeAsync("class"), StringComparison.Ordinal);
        Assert.Equal("+10", (await Row(page, "M7100").Locator("[data-testid=milestone-variance]").InnerTextAsync()).Trim());

        // A wider tolerance turns the same slip amber.
        await page.FillAsync("[data-testid=milestones-tolerance]", "14");
        await page.PressAsync("[data-testid=milestones-tolerance]", "Enter");
        await page.WaitForURLAsync("**tolerance=14**");
        Assert.Equal("AtRisk", await Row(page, "M7100").GetAttributeAsync("data-status"));

        await SetContractualDateAsync(page, "M7100", forecast.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal("OnTrack", await Row(page, "M7100").GetAttributeAsync("data-status"));
        Assert.Contains("milestone-green", await Row(page, "M7100").Locator("[data-testid=milestone-status]").GetAttributeAsync("class"), StringComparison.Ordinal);

        // The Excel export carries the table.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=milestones-export]"));
        Assert.EndsWith("-milestones.xlsx", download.SuggestedFilename, StringComparison.Ordinal);

        await SetContractualDateAsync(page, "M7100", string.Empty);
        Assert.Equal(string.Empty, await Row(page, "M7100").Locator("[data-testid=contractual-input]").InputValueAsync());
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task PlannerAddsWeatherStoppageDaysAndSeesTheFinishMove()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1400);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await OpenFromOverviewAsync(page, "milestones-link");
        var finishBefore = await ForecastAsync(page, "M7100");

        await page.ClickAsync("[data-testid=views-nav-calendars]");
        await page.ClickAsync("[data-testid=calendar-item]:has-text('现场六天工作制')");
        await page.FillAsync("[data-testid=weather-from]", "2026-06-15");
        await page.FillAsync("[data-testid=weather-to]", "2026-06-17");
        await page.FillAsync("[data-testid=weather-note]", "暴雨停工 browser test");
        await page.ClickAsync("[data-testid=weather-add]");

        var notice = await page.InnerTextAsync("[data-testid=views-notice]");
        Assert.Matches(MovedCount(), notice);
        Assert.Equal("Weather", await page.GetAttributeAsync("[data-date='2026-06-16']", "data-kind"));
        await page.ClickAsync("[data-testid=views-nav-milestones]");
        var finishAfter = await ForecastAsync(page, "M7100");
        Assert.True(finishAfter > finishBefore, $"finish {finishBefore} → {finishAfter}");

        // Take the stoppage out again through the exceptions table.
        await page.ClickAsync("[data-testid=views-nav-calendars]");
        await page.ClickAsync("[data-testid=calendar-item]:has-text('现场六天工作制')");
        var row = page.Locator("[data-testid=exception-row]").Filter(new() { Has = page.Locator("input[value='暴雨停工 browser test']") });
        await row.Locator("input[type=checkbox]").CheckAsync();
        await page.ClickAsync("[data-testid=calendar-save]");
        await page.WaitForSelectorAsync("[data-testid=views-notice]");
        Assert.Equal("Working", await page.GetAttributeAsync("[data-date='2026-06-16']", "data-kind"));
        await page.ClickAsync("[data-testid=views-nav-milestones]");
        Assert.Equal(finishBefore, await ForecastAsync(page, "M7100"));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task ABadShiftIsShownAtItsFieldAndNothingIsSaved()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1400);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await OpenFromOverviewAsync(page, "calendars-link");
        await page.ClickAsync("[data-testid=calendar-item]:has-text('办公五天工作制')");

        await page.FillAsync("[data-testid=week-1]", "08:00-12:00, 11:00-17:00");
        await page.FillAsync("[data-testid=week-2]", "17:00-08:00");
        await page.ClickAsync("[data-testid=calendar-save]");

        Assert.Contains("overlap", await page.InnerTextAsync("[data-testid=week-error-1]"), StringComparison.Ordinal);
        Assert.Contains("+1", await page.InnerTextAsync("[data-testid=week-error-2]"), StringComparison.Ordinal);
        await page.Locator("[data-testid=views-notice]").ExpectCountAsync(0);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task PlannerAddsAndRenamesAWbsNodeAndIsToldWhyAnOccupiedNodeCannotGo()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1400);
        await page.SignInAsync("planner.li", GantryServer.DemoPassword);
        await OpenFromOverviewAsync(page, "wbs-link");
        var nodesBefore = await page.Locator("[data-testid=wbs-node]").CountAsync();

        await page.FillAsync("[data-testid=wbs-add-name]", "Temporary works");
        await page.ClickAsync("[data-testid=wbs-add]");
        Assert.Contains("added", await page.InnerTextAsync("[data-testid=views-notice]"), StringComparison.Ordinal);
        await page.Locator("[data-testid=wbs-node]").ExpectCountAsync(nodesBefore + 1);
        var added = page.Locator("[data-testid=wbs-node]").Last;
        var code = await added.GetAttributeAsync("data-code");

        await added.Locator("[data-testid=wbs-name]").FillAsync("Temporary works and hoarding");
        await added.Locator("[data-testid=wbs-name]").PressAsync("Enter");
        await page.WaitForSelectorAsync("[data-testid=views-notice]");
        Assert.Equal("Temporary works and hoarding", await page.Locator($"[data-testid=wbs-node][data-code='{code}'] [data-testid=wbs-name]").InputValueAsync());

        // The first node carries activities: the delete is refused with the reason.
        await page.Locator("[data-testid=wbs-node]").First.Locator("[data-testid=wbs-delete]").ClickAsync();
        Assert.Contains("activit", await page.InnerTextAsync("[data-testid=views-problem]"), StringComparison.OrdinalIgnoreCase);
        await page.Locator("[data-testid=wbs-node]").ExpectCountAsync(nodesBefore + 1);

        await page.Locator($"[data-testid=wbs-node][data-code='{code}'] [data-testid=wbs-delete]").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=views-notice]");
        await page.Locator("[data-testid=wbs-node]").ExpectCountAsync(nodesBefore);
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task TheSchedulePagesNetworkButtonOpensTheSelectedActivity()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1600, height: 1000);
        await page.SignInAsync("site.wang", GantryServer.DemoPassword);
        await page.GotoAsync(await ProjectUrlAsync(page) + "/schedule");
        await page.WaitForSelectorAsync("[data-testid=schedule-gantt][aria-busy=false]");
        var box = await page.EvaluateAsync<double[]>("""
            () => {
                const g = document.getElementById('schedule-gantt').gantryGantt;
                const a = [...g.model.activities.values()].find(x => x.code === 'A2070');
                g.scrollToActivity(a.id);
                const b = g.barBox(a.id);
                return [(b.left + Math.min(b.right, b.left + 40)) / 2, (b.top + b.bottom) / 2];
            }
            """);
        await page.Mouse.ClickAsync((float)box[0], (float)box[1]);
        await page.WaitForSelectorAsync("[data-testid=detail-form]:not([hidden])");

        await page.ClickAsync("[data-testid=schedule-network-link]");
        Assert.Equal("A2070", await page.GetAttributeAsync("[data-testid=network-centre]", "data-code"));
        await page.CloseContextAsync();
    }

    [Fact]
    public async Task OnAPhoneTheNetworkViewWalksTheDrivingPathBackToTheStartOfTheProgramme()
    {
        var page = await server.NewPageAsync(locale: "zh-CN", width: 390, height: 844);
        await page.SignInAsync("site.wang", GantryServer.DemoPassword);
        await page.GotoAsync(await ProjectUrlAsync(page) + "/schedule/network");
        Assert.Equal("true", await page.GetAttributeAsync("[data-testid=network-centre]", "data-critical"));
        Assert.True(await page.Locator("[data-testid=network-link][data-driving=true]").CountAsync() > 0);

        var steps = 0;
        while (await page.Locator("[data-testid=network-driving-back]").CountAsync() > 0)
        {
            await page.ClickAsync("[data-testid=network-driving-back]");
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            Assert.True(++steps < 100, "the driving path does not end");
        }

        Assert.Equal("M1000", await page.GetAttributeAsync("[data-testid=network-centre]", "data-code"));
        Assert.True(steps > 3, $"only {steps} steps back");
        await page.Locator("[data-testid=network-predecessor]").ExpectCountAsync(0);

        // A box is a link: click a successor to walk to it.
        var successor = await page.GetAttributeAsync("[data-testid=network-successor] >> nth=0", "data-code");
        await page.ClickAsync("[data-testid=network-successor] >> nth=0");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Equal(successor, await page.GetAttributeAsync("[data-testid=network-centre]", "data-code"));

        // From the end of the programme one step back and forward again along the critical path.
        await page.GotoAsync(await ProjectUrlAsync(page) + "/schedule/network");
        var end = await page.GetAttributeAsync("[data-testid=network-centre]", "data-code");
        await page.ClickAsync("[data-testid=network-driving-back]");
        await Assertions.Expect(page.Locator("[data-testid=network-centre]")).Not.ToHaveAttributeAsync("data-code", end!);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await page.ClickAsync("[data-testid=network-critical-forward]");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Equal("true", await page.GetAttributeAsync("[data-testid=network-centre]", "data-critical"));
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 400, $"page is {scrollWidth}px wide on a phone");

        await page.FillAsync("[data-testid=network-search]", "M2060");
        await page.PressAsync("[data-testid=network-search]", "Enter");
        await page.WaitForURLAsync("**q=M2060**");
        Assert.Equal("M2060", await page.GetAttributeAsync("[data-testid=network-centre]", "data-code"));
        await page.CloseContextAsync();
    }

    [Theory]
    [InlineData("owner.liu")]
    [InlineData("sub.sun")]
    public async Task ReadersSeeNoEditControlsAndTheirPostsAreRefused(string user)
    {
        var page = await server.NewPageAsync(locale: "en-GB");
        await page.SignInAsync(user, GantryServer.DemoPassword);
        var project = await ProjectUrlAsync(page);

        await page.GotoAsync(project + "/milestones");
        Assert.True(await page.Locator("[data-testid=milestone-row]").CountAsync() > 0);
        await page.Locator("[data-testid=contractual-input], [data-testid=milestone-flag-form]").ExpectCountAsync(0);
        await page.GotoAsync(project + "/wbs");
        await page.Locator("[data-testid=wbs-add-form], [data-testid=wbs-delete]").ExpectCountAsync(0);
        await page.GotoAsync(project + "/calendars");
        await page.Locator("[data-testid=weather-form], [data-testid=calendar-save], [data-testid=calendar-add-form]").ExpectCountAsync(0);

        // A hand-made POST with a valid antiforgery token is still refused by Core.
        var wbsStatus = await PostAsync(page, project + "/wbs?handler=Add", "name=Sneaky");
        var weatherStatus = await PostAsync(page, project + "/calendars?handler=Weather", "from=2026-06-15&version=1");
        Assert.Equal(403, wbsStatus);
        Assert.Equal(403, weatherStatus);
        await page.GotoAsync(project + "/wbs");
        Assert.DoesNotContain("Sneaky", await page.ContentAsync(), StringComparison.Ordinal);
        await page.CloseContextAsync();
    }

    private static async Task<string> ProjectUrlAsync(IPage page)
    {
        var toggler = page.Locator(".navbar-toggler");
        if (await toggler.IsVisibleAsync())
        {
            await toggler.ClickAsync();
        }

        await page.ClickAsync("[data-testid=project-switcher]");
        await page.ClickAsync(".switcher-menu a:has-text('BJHY-3')");
        await page.WaitForURLAsync(ProjectPath());
        return new Uri(page.Url).AbsolutePath.TrimEnd('/');
    }

    private static Task<int> PostAsync(IPage page, string url, string form) => page.EvaluateAsync<int>("""
        async ([url, form]) => {
            const token = document.querySelector('input[name=__RequestVerificationToken]').value;
            const body = new URLSearchParams(form);
            body.append('__RequestVerificationToken', token);
            const r = await fetch(url, { method: 'POST', body, redirect: 'manual' });
            return r.status;
        }
        """, new[] { url, form });

    [GeneratedRegex(@"\d+ activities moved")]
    private static partial Regex MovedCount();

    [GeneratedRegex(@".*/projects/[0-9a-f-]{36}$")]
    private static partial Regex ProjectPath();
}
