using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gantry.Tests.Infrastructure;
using Gantry.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Gantry.Web.Tests.Permissions;

/// <summary>
/// The app on its own database with the demo project, one signed-in client per <see cref="Persona"/>,
/// and the ids every route parameter is filled with: records of subcontractor A (MEP) where a record
/// belongs to a party, so that the matrix shows subcontractor B is refused them.
/// </summary>
public sealed class PermissionsApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string OutsiderUserName = "outsider.qian";
    private const string OutsiderPassword = "Outsider-Password-1";

    private readonly RollbackEveryRequest _rollback = new();
    private readonly Dictionary<string, HttpClient> _clients = [];
    private readonly Dictionary<string, PageAntiforgery> _antiforgery = [];

    public TestDatabaseLocation Location { get; } = TestDatabaseLocation.Create();

    /// <summary>Route parameter name → value used in every call.</summary>
    public Dictionary<string, string> RouteValues { get; } = [];

    public Guid BuildingId { get; private set; }

    public Guid CarParkId { get; private set; }

    public Guid MepId { get; private set; }

    public Guid FacadeId { get; private set; }

    public HttpClient For(Persona persona) => _clients[persona.Key];

    public HttpClient For(string key) => _clients[key];

    /// <summary>The persona's antiforgery token and cookies for posting page forms, read once per persona.</summary>
    public async Task<PageAntiforgery> AntiforgeryFor(Persona persona)
    {
        if (!_antiforgery.TryGetValue(persona.Key, out var antiforgery))
        {
            antiforgery = _antiforgery[persona.Key] = await PageAntiforgery.ReadAsync(For(persona));
        }

        return antiforgery;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Location.Configuration())
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Admin:InitialPassword", GantryApp.AdminPassword);
        builder.UseSetting("Demo:Password", GantryApp.DemoPassword);
        builder.UseEnvironment("Testing");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(_rollback).AddSingleton<IStartupFilter>(new RefusalObserver()));
    }

    public async Task InitializeAsync()
    {
        var admin = await SignIn("admin", GantryApp.AdminPassword);
        var organisations = await Get(admin, "/api/v1/organisations");
        Guid Organisation(string code) => Id(Items(organisations).First(o => o.GetProperty("code").GetString() == code));
        MepId = Organisation("HYJD");
        FacadeId = Organisation("JCMQ");
        var projects = Items(await Get(admin, "/api/v1/projects"));
        BuildingId = Id(projects.First(p => p.GetProperty("code").GetString() == "BJHY-3"));
        CarParkId = Id(projects.First(p => p.GetProperty("code").GetString() == "BJHY-GK"));

        await Send(admin, HttpMethod.Post, "/api/v1/users", new
        {
            userName = OutsiderUserName, displayName = "钱程", email = "outsider@demo.gantry.local", password = OutsiderPassword,
            organisationId = Organisation("JCJG"),
        });
        var p = $"/api/v1/projects/{BuildingId}";
        var supplier = Items(await Get(admin, p + "/members")).First(m => m.GetProperty("userName").GetString() == "supplier.wu");
        await Send(admin, HttpMethod.Put, $"{p}/members/{Id(supplier)}", new
        {
            userId = supplier.GetProperty("userId").GetGuid(), role = "projectManager", partyRole = "supplier",
            version = supplier.GetProperty("version").GetInt32(),
        });

        foreach (var persona in Persona.All)
        {
            _clients[persona.Key] = persona.UserName switch
            {
                null => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }),
                "admin" => admin,
                OutsiderUserName => await SignIn(OutsiderUserName, OutsiderPassword),
                var name => await SignIn(name, GantryApp.DemoPassword),
            };
        }

        await FillRouteValuesAsync(admin, p);
        _rollback.On = true;
    }

    private async Task FillRouteValuesAsync(HttpClient admin, string p)
    {
        RouteValues["projectId"] = RouteValues["id"] = BuildingId.ToString();
        RouteValues["documentName"] = "v1";
        RouteValues["organisationId"] = MepId.ToString();
        var users = Items(await Get(admin, "/api/v1/users"));
        RouteValues["userId"] = Id(users.First(u => u.GetProperty("userName").GetString() == "sub.sun")).ToString();
        RouteValues["membershipId"] = Id(Items(await Get(admin, p + "/members"))
            .First(m => m.GetProperty("userName").GetString() == "sub.sun")).ToString();
        await Send(admin, HttpMethod.Post, "/api/v1/tokens", new { name = "matrix" });
        RouteValues["tokenId"] = Id(Items(await Get(admin, "/api/v1/tokens"))[0]).ToString();

        var schedule = await Get(admin, p + "/schedule/");
        var activities = Items(schedule, "activities");
        var mepActivity = activities.First(a => a.TryGetProperty("responsibleOrganisationId", out var o)
            && o.ValueKind == JsonValueKind.String && o.GetGuid() == MepId);
        RouteValues["activityId"] = Id(mepActivity).ToString();
        RouteValues["linkId"] = Id(Items(schedule, "links")[0]).ToString();
        RouteValues["nodeId"] = Id(Items(schedule, "wbs")[0]).ToString();
        RouteValues["calendarId"] = Id(Items(schedule, "calendars")[0]).ToString();
        if (Items(await Get(admin, p + "/schedule/baselines")).Count == 0)
        {
            await Send(admin, HttpMethod.Post, p + "/schedule/baselines", new { name = "Matrix baseline" });
        }

        RouteValues["baselineId"] = Id(Items(await Get(admin, p + "/schedule/baselines"))[0]).ToString();
        await Send(admin, HttpMethod.Post, p + "/scenarios/", new { name = "Matrix what-if" });
        RouteValues["scenarioId"] = Id(Items(await Get(admin, p + "/scenarios/"))[0]).ToString();

        // The demo's weekly plan splits its items into daily tasks: take the first plan that has one.
        foreach (var plan in Items(await Get(admin, p + "/plans/")))
        {
            var items = Items(await Get(admin, $"{p}/plans/{Id(plan)}"), "items");
            if (items.Find(i => Items(i, "tasks").Count > 0) is { ValueKind: JsonValueKind.Object } item)
            {
                RouteValues["planId"] = Id(plan).ToString();
                RouteValues["itemId"] = Id(item).ToString();
                RouteValues["taskId"] = Id(Items(item, "tasks")[0]).ToString();
                break;
            }
        }

        RouteValues["costCodeId"] = Id(Items(await Get(admin, p + "/costs/codes"))[0]).ToString();
        var budget = Id(Items(await Get(admin, p + "/costs/budgets"))[0]);
        RouteValues["budgetId"] = budget.ToString();
        RouteValues["lineId"] = Id(Items(await Get(admin, $"{p}/costs/budgets/{budget}/lines"))[0]).ToString();
        var contracts = Items(await Get(admin, p + "/costs/contracts"));
        var mepContract = contracts.First(c => c.GetProperty("counterpartyId").GetGuid() == MepId);
        RouteValues["contractId"] = Id(mepContract).ToString();
        RouteValues["variationId"] = await FirstChildAsync(admin, contracts.Select(c => $"{p}/costs/contracts/{Id(c)}/variations"));
        RouteValues["recordId"] = Id(Items(await Get(admin, p + "/costs/records"))[0]).ToString();

        var applications = Items(await Get(admin, p + "/funds/applications"));
        RouteValues["applicationId"] = Id(applications[0]).ToString();
        RouteValues["receiptId"] = await FirstChildAsync(admin, applications.Select(a => $"{p}/funds/applications/{Id(a)}/receipts"));
        var requests = Items(await Get(admin, p + "/funds/payments")).Where(r => r.GetProperty("payeeId").GetGuid() == MepId).ToList();
        RouteValues["requestId"] = Id(requests[0]).ToString();
        RouteValues["paymentId"] = await FirstChildAsync(admin, requests.Select(r => $"{p}/funds/payments/{Id(r)}/paid"));

        var workers = Items(await Get(admin, p + "/day-labour/workers"));
        RouteValues["workerId"] = Id(workers.Find(w => w.GetProperty("crewOrganisationId").GetGuid() == MepId) is { ValueKind: JsonValueKind.Object } mepWorker
            ? mepWorker
            : workers[0]).ToString();
        var tickets = Items(await Get(admin, p + "/day-labour/tickets?take=500"))
            .Where(t => t.GetProperty("crewOrganisationId").GetGuid() == MepId).ToList();
        var ticket = Id(tickets[0]);
        RouteValues["ticketId"] = ticket.ToString();
        RouteValues["photoId"] = (await AttachPhotoAsync(ticket, p)).ToString();
    }

    /// <summary>A photo on subcontractor A's ticket, attached by its foreman.</summary>
    private async Task<Guid> AttachPhotoAsync(Guid ticket, string p)
    {
        // A 1×1 PNG.
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "site.png");
        var response = await _clients["subA"].PostAsync($"{p}/day-labour/tickets/{ticket}/photos", form);
        return Id(await response.Read(HttpStatusCode.OK));
    }

    private static async Task<string> FirstChildAsync(HttpClient admin, IEnumerable<string> urls)
    {
        foreach (var url in urls)
        {
            var items = Items(await Get(admin, url));
            if (items.Count > 0)
            {
                return Id(items[0]).ToString();
            }
        }

        throw new InvalidOperationException("The demo project has no record under " + string.Join(", ", urls));
    }

    /// <summary>
    /// A client that keeps the session cookie it was given at sign-in and ignores every later
    /// Set-Cookie, so the matrix's own call to sign-out does not end the persona's session.
    /// </summary>
    private async Task<HttpClient> SignIn(string userName, string password)
    {
        using var signIn = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var response = await signIn.PostAsJsonAsync("/api/v1/auth/sign-in", new { userName, password });
        await response.Read(HttpStatusCode.OK);
        var cookies = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies));
        return client;
    }

    private static async Task<JsonElement> Get(HttpClient client, string url) =>
        await (await client.GetAsync(url)).Read(HttpStatusCode.OK);

    private static async Task Send(HttpClient client, HttpMethod method, string url, object body)
    {
        var response = await client.SendAsync(new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) });
        Assert.True(response.IsSuccessStatusCode, $"{method} {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The objects of a list answer: the array itself, the named array property, or the first array property.</summary>
    public static List<JsonElement> Items(JsonElement root, string? property = null)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return [.. root.EnumerateArray()];
        }

        var array = property is not null
            ? root.GetProperty(property)
            : root.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.Array).Value;
        return [.. array.EnumerateArray()];
    }

    public static Guid Id(JsonElement item) => item.GetProperty("id").GetGuid();

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await DisposeAsync();
        await Location.DisposeAsync();
    }
}
