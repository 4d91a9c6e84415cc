namespace Gantry.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class TicketPhotoJourneyTests(GantryServer server)
{
    // A real 2 × 2 RGB PNG: Core recognises photos by their content, so the bytes must be a genuine image.
    private static readonly byte[] SmallPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGN4UGAARAwQCgAszgYB16zNOwAAAABJRU5ErkJggg==");

    [Fact]
    public async Task ForemanOnAPhoneAttachesAPhotoAndSeesItsThumbnailWhileOtherOrganisationsCannotFetchIt()
    {
        var phone = await server.NewPageAsync(locale: "zh-CN", width: 375, height: 740);
        await phone.SignInAsync("sub.sun", GantryServer.DemoPassword);
        await WriteDraftTicketAsync(phone);
        await phone.Locator("[data-testid=ticket-photos]").ExpectCountAsync(1);
        await phone.Locator("[data-testid=ticket-photo]").ExpectCountAsync(0);

        await phone.SetInputFilesAsync("[data-testid=photo-file]", new FilePayload { Name = "管井返工.png", MimeType = "image/png", Buffer = SmallPng });
        await phone.ClickAsync("[data-testid=photo-upload]");
        var thumbnail = phone.Locator("[data-testid=ticket-photo] img");
        await thumbnail.WaitForAsync();
        await thumbnail.ScrollIntoViewIfNeededAsync();
        // Loaded means the browser fetched and decoded the photo through its protected address.
        await phone.WaitForFunctionAsync("() => { const i = document.querySelector('[data-testid=ticket-photo] img'); return i.complete && i.naturalWidth === 2; }");
        var box = await thumbnail.BoundingBoxAsync();
        Assert.Equal(96, box!.Width, 0.5);
        Assert.Equal("管井返工.png", await thumbnail.GetAttributeAsync("alt"));
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375, "the ticket page scrolls sideways at 375 px");

        var photoUrl = (await phone.Locator("[data-testid=ticket-photo]").GetAttributeAsync("href"))!;
        var own = await phone.Context.APIRequest.GetAsync(photoUrl);
        Assert.Equal(200, own.Status);
        Assert.Equal(SmallPng, await own.BodyAsync());
        await phone.CloseContextAsync();

        // The façade subcontractor's foreman and the supplier are members of the project, but not of this crew's organisation.
        foreach (var outsider in new[] { "sub.zhou", "supplier.wu" })
        {
            var page = await server.NewPageAsync();
            await page.SignInAsync(outsider, GantryServer.DemoPassword);
            var response = await page.Context.APIRequest.GetAsync(photoUrl);
            Assert.True(response.Status is 403 or 404, $"{outsider} fetched the photo with {response.Status}");
            Assert.NotEqual(SmallPng, await response.BodyAsync());
            await page.CloseContextAsync();
        }
    }

    /// <summary>The foreman's ticket on the building, saved as a draft, leaving him on the ticket's page.</summary>
    private static async Task WriteDraftTicketAsync(IPage phone)
    {
        var href = await phone.Locator("[data-testid=portfolio-row]", new() { HasText = "BJHY-3" }).Locator("a").First.GetAttributeAsync("href");
        await phone.GotoAsync(href!);
        await phone.ClickAsync("[data-testid=day-labour-link]");
        await phone.ClickAsync("[data-testid=new-ticket]");
        await phone.WaitForSelectorAsync("[data-testid=ticket-form]");
        await phone.SelectOptionAsync("[data-testid=ticket-reason]", "Rework");
        await phone.FillAsync("[data-testid=ticket-location]", "3号楼 5层 管井");
        var line = phone.Locator("[data-testid=ticket-line]").First;
        await line.Locator("[data-testid=line-trade]").FillAsync("管工");
        await line.Locator("[data-testid=line-headcount]").FillAsync("1");
        await line.Locator("[data-testid=line-quantity]").FillAsync("0.5");
        await line.Locator("[data-testid=line-rate]").FillAsync("300");
        await phone.ClickAsync("[data-testid=ticket-save]");
        await phone.WaitForSelectorAsync("[data-testid=ticket-status][data-status=Draft]");
    }
}
