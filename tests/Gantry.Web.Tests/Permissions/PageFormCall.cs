using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gantry.Web.Tests.Permissions;

/// <summary>
/// One form handler of a Razor page (<c>OnPost</c>, <c>OnPostAsync</c>, <c>OnPost{Name}Async</c>), as the
/// compiled page declares it: the matrix key is "POST PAGE /route?handler=Name".
/// </summary>
public sealed record PageFormCall(EndpointCall Page, string? Handler, IReadOnlyList<string> Parameters)
{
    /// <summary>Handler parameters named after a record whose route value has another name.</summary>
    private static readonly Dictionary<string, string> ParameterAliases = new(StringComparer.Ordinal) { ["codeId"] = "costCodeId" };

    /// <summary>
    /// What a handler needs, beyond record ids, to get as far as its permission check: without them the
    /// weather, plan and ticket-payment forms stop at the page's own "required" message and would read as
    /// let through, and the budget forms act on the version named in the address. "{name}" is a fixture id.
    /// A key starting with "PAGE" is the query string of every handler of that page.
    /// </summary>
    private static readonly Dictionary<string, string> NeededFields = new(StringComparer.Ordinal)
    {
        ["PAGE /projects/{id}/costs/budgets"] = "version={budgetId}",
        ["POST PAGE /projects/{id}/funds/payments/new?handler=Ticket"] = "FromTicket.TicketId={ticketId}",
        ["POST PAGE /projects/{id}/calendars?handler=Weather"] = "from=2026-12-07&to=2026-12-07",
        ["POST PAGE /projects/{id}/plans?handler=Create"] = "level=Monthly&date=2026-12-01&responsibleOrganisationId={organisationId}",
    };

    /// <summary>The calls and pages <see cref="NeededFields"/> names, so a renamed handler cannot leave a stale entry behind.</summary>
    public static IEnumerable<string> KeysWithNeededFields => NeededFields.Keys;

    public string Key => $"POST {Page.Key}" + (Handler is null ? string.Empty : "?handler=" + Handler);

    /// <summary>Every POST handler of every page the app routes to, read from the compiled pages.</summary>
    public static async Task<IReadOnlyList<PageFormCall>> DiscoverAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var calls = new List<PageFormCall>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor)
            {
                continue;
            }

            var page = await loader.LoadAsync(descriptor, endpoint.Metadata);
            var call = new EndpointCall("PAGE", endpoint.RoutePattern);
            calls.AddRange(page.HandlerMethods
                .Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
                .Select(h => new PageFormCall(call, h.Name, [.. h.Parameters.Where(IsFormValue).Select(p => p.Name)])));
        }

        return [.. calls.DistinctBy(c => c.Key).OrderBy(c => c.Key, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The post as a browser sends it: the persona's own antiforgery token and cookie, and for every
    /// handler parameter that names a record (membershipId, receiptId, …) the fixture's id of that record,
    /// so the handler meets the permission check rather than a missing id. Nothing else is filled in.
    /// </summary>
    public HttpRequestMessage Request(IReadOnlyDictionary<string, string> values, PageAntiforgery antiforgery)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in Parameters)
        {
            if (values.TryGetValue(ParameterAliases.GetValueOrDefault(parameter, parameter), out var value))
            {
                form[parameter] = value;
            }
        }

        foreach (var (name, value) in Needed(Key, values))
        {
            form[name] = value;
        }

        form["__RequestVerificationToken"] = antiforgery.Token;
        var query = Needed(Page.Key, values).Select(f => $"{f.Name}={Uri.EscapeDataString(f.Value)}");
        if (Handler is not null)
        {
            query = query.Prepend("handler=" + Handler);
        }

        var url = Page.Url(values) + (query.Any() ? "?" + string.Join('&', query) : string.Empty);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        // The request's own Cookie header replaces the client's default one, so it carries the session cookie too.
        request.Headers.Add("Cookie", antiforgery.Cookies);
        return request;
    }

    private static IEnumerable<(string Name, string Value)> Needed(string key, IReadOnlyDictionary<string, string> values) =>
        NeededFields.TryGetValue(key, out var fields)
            ? fields.Split('&').Select(f => f.Split('=', 2)).Select(f => (f[0], f[1].StartsWith('{') ? values[f[1].Trim('{', '}')] : f[1]))
            : [];

    private static bool IsFormValue(HandlerParameterDescriptor parameter) =>
        parameter.ParameterType == typeof(Guid) || parameter.ParameterType == typeof(Guid?);
}
