using System.Globalization;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// Gives records MSPDI UIDs. Keys that are already whole numbers (MSPDI UIDs, P6 ids) keep their
/// value, so a file read and written again keeps its UIDs and the links that name them; other
/// keys (Excel activity codes) are numbered in order.
/// </summary>
internal static class MspdiUids
{
    public static Dictionary<string, int> Assign(IEnumerable<string> keys, int first)
    {
        var list = keys.Distinct(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        var used = new HashSet<int>();
        bool numeric = true;
        foreach (string key in list)
        {
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int uid) || uid < first || !used.Add(uid)
                || !string.Equals(key, uid.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                numeric = false;
                break;
            }

            result[key] = uid;
        }

        if (numeric)
        {
            return result;
        }

        result.Clear();
        int next = first;
        foreach (string key in list)
        {
            result[key] = next++;
        }

        return result;
    }

    /// <summary>The first UID above every one given out.</summary>
    public static int Next(Dictionary<string, int> uids, int first) => uids.Count == 0 ? first : Math.Max(first, uids.Values.Max() + 1);
}
