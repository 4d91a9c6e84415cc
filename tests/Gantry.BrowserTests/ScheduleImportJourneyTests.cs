namespace Gantry.BrowserTests;

/// <summary>The P6 oracle programme (3,994 activities) imported through the schedule page's import button into a new project.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScheduleImportJourneyTests(GantryServer server)
{
    private const string Chart = "document.getElementById('schedule-gantt').gantryGantt";

    private static string OracleXer()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "oracle", "p6", "sp10-hs2-cost-loaded.xer");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("The P6 oracle file ../shared/oracle/p6/sp10-hs2-cost-loaded.xer was not found.");
    }

    [Fact]
    public async Task ManagerImportsTheP6ProgrammeIntoANewProjectAndSeesAllItsActivities()
    {
        var page = await server.NewPageAsync(locale: "en-GB", width: 1600, height: 1000);
        await page.SignInAsync("pm.zhang", GantryServer.DemoPassword);
        await page.ClickAsync("[data-testid=new-project]");
        await page.FillAsync("#Input_Code", "BT-HS2");
        await page.FillAsync("#Input_Name", "HS2 enabling works");
        await page.SelectOptionAsync("#Input_Type", "Infrastructure");
        await page.SelectOptionAsync("#Input_OwnerOrganisationId", new SelectOptionValue { Index = 1 });
        await page.FillAsync("#Input_ContractAmount", "1000000");
        await page.FillAsync("#Input_PlannedStart", "2017-01-02");
        await page.FillAsync("#Input_PlannedFinish", "2020-12-31");
        await page.ClickAsync("[data-testid=save-project]");
        await page.ClickAsync("[data-testid=schedule-link]");
        await page.WaitForSelectorAsync("[data-testid=schedule-gantt][aria-busy=false]");

        await page.ClickAsync("[data-testid=import-open]");
        await page.SetInputFilesAsync("[data-testid=import-file]", OracleXer());
        await page.ClickAsync("[data-testid=import-submit]");
        // Reading, scheduling and storing 3,994 activities on a two-core machine shared with builds: minutes, not seconds.
        await page.WaitForSelectorAsync("[data-testid=import-report]:not([hidden])", new PageWaitForSelectorOptions { Timeout = 300_000 });
        Assert.Contains("3994 activities, 5966 links", await page.InnerTextAsync("[data-testid=import-summary]"), StringComparison.Ordinal);
        await page.WaitForFunctionAsync($"() => {Chart} && {Chart}.payload.activities.length === 3994", null,
            new PageWaitForFunctionOptions { Timeout = 120_000 });

        Assert.EndsWith("Activities 3994", (await page.InnerTextAsync("[data-testid=schedule-facts]")).Trim(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<int>($"() => {Chart}.stats.rowsPainted") > 10);
        Assert.True(await page.EvaluateAsync<int>($"() => {Chart}.stats.barsPainted") > 0);
        await page.CloseContextAsync();
    }
}
