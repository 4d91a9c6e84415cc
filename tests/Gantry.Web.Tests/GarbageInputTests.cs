using System.Net;
using System.Reflection;
using System.Text;
using Gantry.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>
/// Every /api/v1 endpoint, found from the app's own routing table, is fed malformed bodies, bad
/// route values, bad query values and no credentials. Each answer must be a 4xx with a
/// problem-details body — never a 500, never a hang.
/// </summary>
public sealed class GarbageInputTests(GantryApp app) : IClassFixture<GantryApp>
{
    // Every field any endpoint reads, each with a value of the wrong JSON type or an unknown name.
    private const string WrongTypes = """
        {"version":"x","code":[],"name":{},"type":"skyscraper","location":1,"ownerOrganisationId":"owner",
         "contractAmount":"lots","currency":7,"plannedStart":"yesterday","plannedFinish":true,"status":"done",
         "description":[],"userId":"me","role":7,"partyRole":"boss","expiresAt":"soon","language":5,"userName":1,
         "password":false,"currentPassword":[],"newPassword":{},"displayName":2,"email":[],"organisationId":"org",
         "isAdministrator":"yes"}
        """;

    // Right JSON types, but every text is a NUL character (which PostgreSQL refuses to store).
    private const string NulTexts = """
        {"version":1,"code":"\u0000","name":"\u0000","type":"building","location":"\u0000","contractAmount":1,
         "currency":"\u0000","plannedStart":"2027-01-01","plannedFinish":"2027-02-01","description":"\u0000",
         "role":"viewer","language":"\u0000","userName":"\u0000","password":"\u0000","currentPassword":"\u0000",
         "newPassword":"\u0000","displayName":"\u0000","email":"\u0000"}
        """;

    // Truncated, wrong root type, null, wrong field types, NUL texts, a trailing comma, and nesting past the JSON reader's depth limit.
    private static readonly string[] GarbageBodies =
        ["{", "[1,2]", "\"text\"", "null", WrongTypes, NulTexts, "{\"name\":\"x\",}", new string('[', 500) + new string(']', 500)];

    private const string GarbageQuery = "?status=nonsense&sort=huge&includeArchived=maybe&descending=2&projectId=zzz&take=-5";

    // Well-typed query values whose text is refused by validation rather than by binding.
    private const string NulQuery = "?search=x%00y&entityName=%00&take=5";

    private sealed record Api(string Method, string Pattern, bool HasBody, bool HasQuery, bool Anonymous);

    private List<Api> Endpoints()
    {
        var endpoints = app.Services.GetRequiredService<IEnumerable<EndpointDataSource>>().SelectMany(s => s.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true);
        var result = new List<Api>();
        foreach (var e in endpoints)
        {
            var handler = e.Metadata.OfType<MethodInfo>().First();
            var routeNames = e.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var hasQuery = handler.GetParameters().Any(p => !routeNames.Contains(p.Name!) && IsSimple(p.ParameterType));
            var anonymous = e.Metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any();
            foreach (var method in e.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods))
            {
                result.Add(new Api(method, e.RoutePattern.RawText!, e.Metadata.OfType<IAcceptsMetadata>().Any(), hasQuery, anonymous));
            }
        }

        return result;
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) || t.IsPrimitive || t.IsEnum || t == typeof(Guid);
    }

    private static string Url(string pattern, string routeValue) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, "{[^}]+}", routeValue);

    private static async Task ExpectProblem(HttpResponseMessage response, string what)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status is >= 400 and < 500, $"{what}: expected 4xx, got {status}: {body}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"{what}: expected a problem-details body, got '{response.Content.Headers.ContentType}': {body}");
    }

    [Fact]
    public void TheRoutingTableListsEveryApiEndpoint()
    {
        var endpoints = Endpoints();

        Assert.True(endpoints.Count >= 24, string.Join('\n', endpoints));
        Assert.Contains(endpoints, e => e is { Method: "PUT", Pattern: "/api/v1/projects/{projectId:guid}", HasBody: true });
        Assert.Contains(endpoints, e => e is { Method: "GET", Pattern: "/api/v1/audit", HasQuery: true });
    }

    [Fact]
    public async Task MalformedBodiesGiveAProblemOnEveryEndpointThatTakesOne()
    {
        var admin = await app.SignedIn("admin");
        foreach (var api in Endpoints().Where(e => e.HasBody))
        {
            foreach (var body in GarbageBodies)
            {
                using var request = new HttpRequestMessage(new HttpMethod(api.Method), Url(api.Pattern, Guid.NewGuid().ToString()))
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                await ExpectProblem(await admin.SendAsync(request), $"{api.Method} {api.Pattern} with {body[..Math.Min(body.Length, 20)]}");
            }
        }
    }

    [Fact]
    public async Task BadQueryValuesGiveAProblem()
    {
        var admin = await app.SignedIn("admin");
        foreach (var api in Endpoints().Where(e => e.HasQuery && !e.HasBody))
        {
            foreach (var query in new[] { GarbageQuery, NulQuery })
            {
                using var request = new HttpRequestMessage(new HttpMethod(api.Method), Url(api.Pattern, Guid.NewGuid().ToString()) + query);
                await ExpectProblem(await admin.SendAsync(request), $"{api.Method} {api.Pattern}{query}");
            }
        }
    }

    [Fact]
    public async Task RouteValuesThatAreNotIdsGiveA404Problem()
    {
        var admin = await app.SignedIn("admin");
        foreach (var api in Endpoints().Where(e => e.Pattern.Contains('{', StringComparison.Ordinal)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(api.Method), Url(api.Pattern, "not-an-id"))
            {
                Content = new StringContent("{}", Encoding.UTF8, "application/json"),
            };
            var response = await admin.SendAsync(request);
            await ExpectProblem(response, $"{api.Method} {api.Pattern} with a bad id");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task UnknownIdsGiveA404ProblemAndNeverTheData()
    {
        var admin = await app.SignedIn("admin");
        foreach (var api in Endpoints().Where(e => e.Pattern.Contains('{', StringComparison.Ordinal)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(api.Method), Url(api.Pattern, Guid.NewGuid().ToString()))
            {
                Content = new StringContent("{\"version\":1,\"userId\":\"" + Guid.NewGuid() + "\",\"role\":\"viewer\"}", Encoding.UTF8,
                    "application/json"),
            };
            var response = await admin.SendAsync(request);
            await ExpectProblem(response, $"{api.Method} {api.Pattern} with an unknown id");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{api.Method} {api.Pattern} with an unknown id gave {response.StatusCode}");
        }
    }

    [Fact]
    public async Task EveryEndpointButSignInNeedsCredentials()
    {
        var anonymous = app.Client();
        foreach (var api in Endpoints().Where(e => !e.Anonymous))
        {
            using var request = new HttpRequestMessage(new HttpMethod(api.Method), Url(api.Pattern, Guid.NewGuid().ToString()))
            {
                Content = new StringContent("{}", Encoding.UTF8, "application/json"),
            };
            var response = await anonymous.SendAsync(request);
            await ExpectProblem(response, $"{api.Method} {api.Pattern} without credentials");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }
}
