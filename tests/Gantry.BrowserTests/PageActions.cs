namespace Gantry.BrowserTests;

/// <summary>Steps many journeys share, written as a user would do them.</summary>
public static class PageActions
{
    public static async Task SignInAsync(this IPage page, string login, string password)
    {
        await page.GotoAsync("/sign-in");
        await page.FillAsync("#Input_Login", login);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("[data-testid=signin-submit]");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>Signs out through the user menu (opening the collapsed navigation first on a phone).</summary>
    public static async Task SignOutAsync(this IPage page)
    {
        var toggler = page.Locator(".navbar-toggler");
        if (await toggler.IsVisibleAsync())
        {
            await toggler.ClickAsync();
        }

        await page.ClickAsync("[data-testid=user-menu]");
        await page.ClickAsync("[data-testid=sign-out]");
        await page.WaitForURLAsync("**/sign-in**");
    }

    /// <summary>
    /// Asserts how many elements match once the document has finished loading. A count read right after a
    /// marker element appears can see a page still streaming in (rows below the marker not yet parsed), so
    /// the load is awaited first and the count is retried until it settles or the timeout passes.
    /// </summary>
    public static async Task ExpectCountAsync(this ILocator locator, int count)
    {
        await locator.Page.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(locator).ToHaveCountAsync(count);
    }

    public static async Task CloseContextAsync(this IPage page) => await page.Context.CloseAsync();
}
