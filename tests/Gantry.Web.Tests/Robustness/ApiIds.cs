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
    private readonly Dictionary<string, int> _versions = new(StringComparer.OrdinalIgnoreCase);

    // Ids found before a Forget: looked up again by id, so a record created since (first in its list) does not replace them.
    private readonly Dictionary<string, string?> _pinned = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The version of the record named by the pattern's last route value, as the list showed it, if it has one.</summary>
    public int? VersionOf(string pattern) =>
        RouteValue().Matches(pattern).LastOrDefault() is { } last && _versions.TryGetValue(last.Groups[1].Value, out var v) ? v : null;

    /// <summary>Forgets what was found (but the project), after a save changed versions or removed records.</summary>
    public void Forget()
    {
        foreach (var name in _found.Keys.Where(k => !k.Equals("projectId", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            _pinned[name] = _found[name];
            _found.Remove(name);
        }

        _versions.Clear();
    }

    /// <summary>The pattern with every route value replaced by a real id, or null when one could not be found.</summary>
    public async Task<string?> Resolve(string pattern)
    {
        foreach (Match m in RouteValue().Matches(pattern))
        {
            var name = m.Groups[1].Value;
            if (!_found.TryGetValue(name, out var id))
            {
                var record = Elsewhere.TryGetValue(name, out var lists)
                    ? await FindUnder(lists.Parents, lists.Children)
                    : await Find(pattern[..m.Index].TrimEnd('/'), _pinned.GetValueOrDefault(name));
                id = record?.GetProperty("id").GetString();
                _found[name] = id;
                if (record?.TryGetProperty("version", out var version) == true && version.ValueKind == JsonValueKind.Number)
                {
                    _versions[name] = version.GetInt32();
                }
            }

            if (id is null)
            {
                return null;
            }
        }

        return RouteValue().Replace(pattern, m => _found[m.Groups[1].Value]!);
    }

    // Records acted on under the project but listed under their parent: the first parent that has one.
    private static readonly Dictionary<string, (string Parents, string Children)> Elsewhere = new(StringComparer.OrdinalIgnoreCase)
    {
        ["variationId"] = ("/api/v1/projects/{projectId}/costs/contracts", "variations"),
        ["receiptId"] = ("/api/v1/projects/{projectId}/funds/applications", "receipts"),
        ["paymentId"] = ("/api/v1/projects/{projectId}/funds/payments", "paid"),
    };

    private async Task<JsonElement?> FindUnder(string parents, string children)
    {
        if (await Get(parents) is not { ValueKind: JsonValueKind.Array } list)
        {
            return null;
        }

        foreach (var parent in list.EnumerateArray())
        {
            if (await Get($"{parents}/{parent.GetProperty("id").GetString()}/{children}") is { } found && First(found, children, null) is { } record)
            {
                return record;
            }
        }

        return null;
    }

    private async Task<JsonElement?> Find(string listPattern, string? pinned)
    {
        var segment = listPattern[(listPattern.LastIndexOf('/') + 1)..];
        if (await Get(listPattern) is { } list && First(list, segment, pinned) is { } record)
        {
            return record;
        }

        var parent = listPattern[..listPattern.LastIndexOf('/')];
        return await Get(parent) is { } document ? First(document, segment, pinned) : null;
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

    // The first record with an "id" in the list itself, or in an array property named like the URL segment ("activities"), searched breadth-first.
    private static JsonElement? First(JsonElement root, string segment, string? pinned)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return FirstIn(root, pinned);
        }

        var queue = new Queue<JsonElement>([root]);
        while (queue.Count > 0)
        {
            foreach (var p in queue.Dequeue().EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Array && string.Equals(p.Name, Camel(segment), StringComparison.OrdinalIgnoreCase) &&
                    FirstIn(p.Value, pinned) is { } record)
                {
                    return record;
                }

                if (p.Value.ValueKind == JsonValueKind.Object)
                {
                    queue.Enqueue(p.Value);
                }
            }
        }

        return null;
    }

    // The pinned record if it is still there, else the first.
    private static JsonElement? FirstIn(JsonElement array, string? pinned)
    {
        var records = array.EnumerateArray()
            .Where(x => x.ValueKind == JsonValueKind.Object && x.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            .ToList();
        return records.Where(r => r.GetProperty("id").GetString() == pinned).Select(r => (JsonElement?)r).FirstOrDefault()
            ?? records.Select(r => (JsonElement?)r).FirstOrDefault();
    }

    // "day-labour" segments are camel-cased in bodies ("dayLabour"); "wbs" stays "wbs".
    private static string Camel(string segment) => string.Concat(segment.Split('-').Select((s, i) =>
        i == 0 || s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..]));

    [GeneratedRegex(@"\{([^}:]+)(:[^}]*)?\}")]
    private static partial Regex RouteValue();
}
