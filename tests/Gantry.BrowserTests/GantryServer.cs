using System.Net;
using Gantry.Core.Data;
using Gantry.Core.Organisations;
using Gantry.Core.Members;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Gantry.Core.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gantry.BrowserTests;

/// <summary>
/// The real app on Kestrel at a free 127.0.0.1 port, on a throwaway SQLite file with the demo
/// seeded, and one headless Debian Chromium driven by Playwright (never a downloaded browser).
/// </summary>
public sealed class GantryServer : IAsyncLifetime
{
    public const string DemoPassword = "Browser-Test-2026";
    public const string AdminPassword = "Browser-Admin-2026";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("gantry-browser-").FullName;
    private WebApplicationFactory<Program>? _factory;

    public string BaseUrl { get; private set; } = string.Empty;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var database = Path.Combine(_dataDirectory, "gantry.db");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            // Production, as `dotnet run` starts it for a user: static assets must be served there too.
            web.UseEnvironment("Production");
            web.UseSetting("Database:Provider", "Sqlite");
            web.UseSetting("ConnectionStrings:Gantry", $"Data Source={database}");
            web.UseSetting("Demo:Enabled", "true");
            web.UseSetting("Demo:Password", DemoPassword);
            web.UseSetting("Admin:InitialPassword", AdminPassword);
            // Ticket photos go beside the throwaway database, so they are deleted with it.
            web.UseSetting("Uploads:Folder", Path.Combine(_dataDirectory, "uploads"));
        });
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseUrl = addresses.Addresses.First().TrimEnd('/');

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
        await WarmUpAsync();
    }

    /// <summary>
    /// The first request compiles pages and builds the EF model; doing that once here keeps the
    /// first test from timing out on a busy machine.
    /// </summary>
    private async Task WarmUpAsync()
    {
        var page = await NewPageAsync();
        // Cold start on a loaded two-core machine (JIT, first queries, data-protection keys) can take
        // far longer than any later page, so only this first visit gets two minutes.
        page.Context.SetDefaultTimeout(120_000);
        page.Context.SetDefaultNavigationTimeout(120_000);
        await page.SignInAsync("admin", AdminPassword);
        await page.GotoAsync("/projects/new");
        await page.Context.CloseAsync();
    }

    /// <summary>A fresh browser context (no cookies) with the given browser language and window width.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-US", int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // Generous: the suite shares two cores with builds; a real hang still fails within a minute.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A user of their own for a test that changes the account (password, disabling), so tests do
    /// not depend on each other's order. Created through Core's use case, acting as the administrator.
    /// </summary>
    public async Task CreateUserAsync(string userName, string displayName, string password)
    {
        await using var scope = _factory!.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var admin = await services.GetRequiredService<GantryDbContext>().Users.SingleAsync(u => u.IsAdministrator);
        services.GetRequiredService<CurrentUser>().Set(admin.Id, admin.UserName);
        var organisations = await services.GetRequiredService<ListOrganisations>().ExecuteAsync();
        await services.GetRequiredService<CreateUser>().ExecuteAsync(new CreateUserInput
        {
            UserName = userName,
            DisplayName = displayName,
            Password = password,
            OrganisationId = organisations.First(o => o.Type == OrganisationType.Supervisor).Id,
        });
    }

    /// <summary>
    /// A project of its own for a cost test, so budgets and imported costs never meet another test's
    /// figures: created by pm.zhang (its PM) through Core, with cost.chen added as cost controller.
    /// </summary>
    public async Task<Guid> CreateCostProjectAsync(string code)
    {
        await using var scope = _factory!.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<GantryDbContext>();
        var manager = await db.Users.SingleAsync(u => u.UserName == "pm.zhang");
        var costController = await db.Users.SingleAsync(u => u.UserName == "cost.chen");
        services.GetRequiredService<CurrentUser>().Set(manager.Id, manager.UserName);
        var owner = (await services.GetRequiredService<ListOrganisations>().ExecuteAsync()).First(o => o.Type == OrganisationType.Owner);
        var project = await services.GetRequiredService<CreateProject>().ExecuteAsync(new ProjectInput
        {
            Code = code,
            Name = "成本测试 " + code,
            Type = ProjectType.Building,
            OwnerOrganisationId = owner.Id,
            ContractAmount = 1_000_000m,
            Currency = "CNY",
            PlannedStart = new DateOnly(2026, 3, 2),
            PlannedFinish = new DateOnly(2027, 6, 30),
            Status = ProjectStatus.InProgress,
        });
        await services.GetRequiredService<AddMember>().ExecuteAsync(project.Id,
            new MemberInput { UserId = costController.Id, Role = ProjectRole.CostController });
        return project.Id;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
