using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace Gantry.Web.Tests.Permissions;

/// <summary>
/// One row of the matrix: an HTTP method on a route, as read from the app's own endpoint list.
/// Pages answer any method; the matrix asks them with GET, under the key "PAGE".
/// </summary>
public sealed record EndpointCall(string Method, RoutePattern Pattern)
{
    /// <summary>"GET /api/v1/projects/{projectId}/schedule": constraints left out so the key reads like the docs.</summary>
    public string Key => $"{Method} {Template(p => "{" + p.Name + "}")}";

    /// <summary>Every API route and page of the running app, except static files.</summary>
    public static IReadOnlyList<EndpointCall> Discover(IServiceProvider services)
    {
        var calls = new List<EndpointCall>();
        // The composite of every data source: minimal API groups, Razor pages and the fallback page.
        var source = services.GetRequiredService<EndpointDataSource>();
        {
            foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
            {
                if (endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
                {
                    continue;
                }

                if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
                {
                    calls.Add(new EndpointCall("PAGE", endpoint.RoutePattern));
                    continue;
                }

                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                calls.AddRange(methods.Where(m => m != "HEAD").Select(m => new EndpointCall(m, endpoint.RoutePattern)));
            }
        }

        return [.. calls.DistinctBy(c => c.Key).OrderBy(c => c.Key, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The request: route parameters from the fixture's ids; writes carry an empty JSON object, so a
    /// caller who gets past the permission check meets validation (400) rather than changing data.
    /// </summary>
    public HttpRequestMessage Request(IReadOnlyDictionary<string, string> values)
    {
        var url = Url(values);
        var method = Method == "PAGE" ? HttpMethod.Get : new HttpMethod(Method);
        var request = new HttpRequestMessage(method, url);
        if (Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = JsonContent.Create(new { });
        }

        return request;
    }

    /// <summary>The route filled with the fixture's ids; a catch-all asks for a page that does not exist.</summary>
    public string Url(IReadOnlyDictionary<string, string> values) =>
        Template(p => p.IsCatchAll ? "no-such-page" : values.TryGetValue(Parameter(p.Name), out var v)
            ? v
            : throw new InvalidOperationException($"{Key}: the matrix has no value for route parameter '{p.Name}'"));

    /// <summary>
    /// The answer as one letter: A = let through (2xx, or refused by validation or state: 400, 409…),
    /// F = 403 forbidden, N = 404 not found, U = 401 or a redirect to sign-in, E = a server error.
    /// </summary>
    public static char Classify(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.Unauthorized => 'U',
        HttpStatusCode.Forbidden => 'F',
        HttpStatusCode.NotFound => 'N',
        >= HttpStatusCode.InternalServerError => 'E',
        HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location?.OriginalString.Contains("/sign-in",
            StringComparison.OrdinalIgnoreCase) == true => 'U',
        _ => 'A',
    };

    /// <summary>Pages call their main record "id": a project, except on the user administration pages.</summary>
    private string Parameter(string name) =>
        name == "id" && Key.StartsWith("PAGE /admin/users/", StringComparison.Ordinal) ? "userId" : name;

    private string Template(Func<RoutePatternParameterPart, string> parameter)
    {
        var text = new StringBuilder();
        foreach (var segment in Pattern.PathSegments)
        {
            text.Append('/');
            foreach (var part in segment.Parts)
            {
                text.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart p => parameter(p),
                    _ => string.Empty,
                });
            }
        }

        return text.Length == 0 ? "/" : text.ToString();
    }
}
