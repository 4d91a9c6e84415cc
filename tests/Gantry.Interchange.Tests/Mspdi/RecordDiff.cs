using System.Globalization;

namespace Gantry.Interchange.Tests.Mspdi;

/// <summary>Collects the fields where two records differ, to report them all at once by record and field.</summary>
internal sealed class RecordDiff
{
    private readonly List<string> mismatches = [];

    public int Compared { get; private set; }

    public IReadOnlyList<string> Mismatches => mismatches;

    public void Check(string record, string field, object? expected, object? actual)
    {
        Compared++;
        string e = Text(expected), a = Text(actual);
        if (!string.Equals(e, a, StringComparison.Ordinal))
        {
            mismatches.Add(record + " " + field + ": expected " + e + ", was " + a);
        }
    }

    public string Report() => mismatches.Count + " of " + Compared + " fields differ:" + Environment.NewLine + string.Join(Environment.NewLine, mismatches.Take(40));

    private static string Text(object? value) => value switch
    {
        null => "(none)",
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.######", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
