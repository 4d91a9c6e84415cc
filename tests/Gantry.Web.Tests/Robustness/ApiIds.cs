using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Gantry.Web.Tests.Robustness;

/// <summary>
/// Finds a real id for each route value of an API pattern by reading the app's own lists, so that a bad
/// body reaches the endpoint's validation instead of stopping at "not found". The list of
/// <c>…/tickets/{ticketId}</c> is <c>GET …/tickets</c>; where there is no such list (activities) the
/// parent document is searched for an array of that name (<c>GET …/schedule</c> → <c>activities</c>).
/// </summary>
public sealed partial class ApiIds(HttpClient client, Guid projectId)
{
    private readonly Dictionary<string, string?> _found = new(StringComparer.OrdinalIgnoreCase) { ["projectId"] = projectId.ToString() };

    /// <summary>The pattern with every route value replaced by a real id, or null when one could not be found.</summary>
    public async Task<string?> Resolve(string pattern)
    {
        foreach (Match m in RouteValue().Matches(pattern))
        {
            var name = m.Groups[1].Value;
            if (!_found.TryGetValue(name, out var id))
            {
                id = await Find(pattern[..m.Index].TrimEnd('/'), name);
                _found[name] = id;
            }

            if (id is null)
            {
                return null;
            }
        }

        return RouteValue().Replace(pattern, m => _found[m.Groups[1].Value]!);
    }

    private async Task<string?> Find(string listPattern, string name)
    {
        var segment = listPattern[(listPattern.LastIndexOf('/') + 1)..];
        if (await Get(listPattern) is { } list && FirstId(list, segment) is { } id)
        {
            return id;
        }

        var parent = listPattern[..listPattern.LastIndexOf('/')];
        return await Get(parent) is { } document ? FirstId(document, segment) : null;
    }

    private async Task<JsonElement?> Get(string pattern)
    {
        var url = await Resolve(pattern);
        if (url is null)
        {
            return null;
        }

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return null;
        }

        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    // The first "id" of the list itself, or of an array property named like the URL segment ("activities"), searched breadth-first.
    private static string? FirstId(JsonElement root, string segment)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return FirstIdIn(root);
        }

        var queue = new Queue<JsonElement>([root]);
        while (queue.Count > 0)
        {
            foreach (var p in queue.Dequeue().EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Array && string.Equals(p.Name, Camel(segment), StringComparison.OrdinalIgnoreCase) &&
                    FirstIdIn(p.Value) is { } id)
                {
                    return id;
                }

                if (p.Value.ValueKind == JsonValueKind.Object)
                {
                    queue.Enqueue(p.Value);
                }
            }
        }

        return null;
    }

    private static string? FirstIdIn(JsonElement array) => array.EnumerateArray()
        .Where(x => x.ValueKind == JsonValueKind.Object && x.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        .Select(x => x.GetProperty("id").GetString()).FirstOrDefault();

    // "day-labour" segments are camel-cased in bodies ("dayLabour"); "wbs" stays "wbs".
    private static string Camel(string segment) => string.Concat(segment.Split('-').Select((s, i) =>
        i == 0 || s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..]));

    [GeneratedRegex(@"\{([^}:]+)(:[^}]*)?\}")]
    private static partial Regex RouteValue();
}
