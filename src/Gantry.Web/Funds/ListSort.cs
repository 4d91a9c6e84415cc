using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Gantry.Web.Funds;

/// <summary>
/// Column sorting of the funds lists: "?sort=amount" ascending, "amount_desc" descending; clicking a
/// sorted column again flips it. The other query values (the filter) are kept, so a sorted, filtered
/// list can be bookmarked.
/// </summary>
public static class ListSort
{
    public static IReadOnlyList<T> Apply<T>(IEnumerable<T> rows, string? sort, IReadOnlyDictionary<string, Func<T, IComparable?>> columns)
    {
        if (sort is null)
        {
            return rows.ToList();
        }

        var descending = sort.EndsWith("_desc", StringComparison.Ordinal);
        var key = descending ? sort[..^"_desc".Length] : sort;
        if (!columns.TryGetValue(key, out var column))
        {
            return rows.ToList();
        }

        var comparer = Comparer<IComparable?>.Create(Compare);
        return (descending ? rows.OrderByDescending(column, comparer) : rows.OrderBy(column, comparer)).ToList();
    }

    /// <summary>The address of the current list sorted by <paramref name="key"/>, toggling the direction when it is already the sort.</summary>
    public static string Url(HttpRequest request, string key)
    {
        var current = request.Query["sort"].ToString();
        var query = request.Query.Where(q => q.Key != "sort" && !string.IsNullOrEmpty(q.Value))
            .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString())).ToList();
        query.Add(new("sort", current == key ? key + "_desc" : key));
        return QueryHelpers.AddQueryString(request.Path, query);
    }

    /// <summary>▲ or ▼ beside the sorted column.</summary>
    public static string Arrow(HttpRequest request, string key)
    {
        var current = request.Query["sort"].ToString();
        return current == key ? "▲" : current == key + "_desc" ? "▼" : string.Empty;
    }

    // Text sorts by ordinal code points so the order does not depend on the server's culture.
    private static int Compare(IComparable? a, IComparable? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string x, string y) => string.CompareOrdinal(x, y),
        _ => a.CompareTo(b),
    };
}
