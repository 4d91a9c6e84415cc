using System.Globalization;
using System.Text.RegularExpressions;
using Gantry.Scheduling;

namespace Gantry.Interchange.Excel;

/// <summary>
/// The predecessors cell as MS Project and P6 users write it: <c>A1010FS+2d, A1020SS, A1030FF-1d</c>.
/// A bare code means finish-to-start with no lag; a lag needs the type before it, as in MS
/// Project, so a code with a hyphen (<c>A-1010</c>) is never read as a lag. Entries are separated by
/// commas or semicolons, Chinese punctuation included.
/// </summary>
public static partial class PredecessorText
{
    private static readonly char[] Separators = [',', ';', '，', '；', '、', '\n'];

    /// <summary>
    /// Splits the cell into links, preferring the reading whose code is an activity of the sheet
    /// (<paramref name="isCode"/>): a code that itself ends in "FS" stays whole. The caller checks
    /// that each code exists and each lag reads.
    /// </summary>
    public static List<PredecessorLink> Parse(string text, Func<string, bool> isCode)
    {
        var links = new List<PredecessorLink>();
        foreach (string entry in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (isCode(entry))
            {
                links.Add(new PredecessorLink(entry, RelationshipType.FinishToStart, null));
                continue;
            }

            var match = Entry().Match(entry);
            if (!match.Success)
            {
                // Not a typed entry: an unknown bare code, reported as such by the caller.
                links.Add(new PredecessorLink(entry, RelationshipType.FinishToStart, null));
                continue;
            }

            string lag = match.Groups["lag"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            links.Add(new PredecessorLink(
                match.Groups["code"].Value.Trim(),
                match.Groups["type"].Value.ToUpperInvariant() switch
                {
                    "SS" => RelationshipType.StartToStart,
                    "FF" => RelationshipType.FinishToFinish,
                    "SF" => RelationshipType.StartToFinish,
                    _ => RelationshipType.FinishToStart,
                },
                lag.Length == 0 ? null : lag));
        }

        return links;
    }

    /// <summary>
    /// Reads a lag such as <c>+2d</c>, <c>-4h</c>, <c>+3ed</c> (elapsed days) or <c>+50%</c> (of the
    /// predecessor's duration); null when it is not one.
    /// </summary>
    public static (double Lag, LagKind Kind)? ParseLag(string text, int minutesPerDay, int minutesPerWeek)
    {
        var (number, unit) = DurationText.Split(text);
        if (number is not { } n || text.TrimStart()[0] is not ('+' or '-'))
        {
            return null;
        }

        if (unit == "%")
        {
            return (n, LagKind.Percent);
        }

        if (unit is "ed" or "eh" or "ew" or "emin")
        {
            // Elapsed units (MS Project "edays"): a day is 24 hours, a week 7 days.
            long? elapsed = DurationText.ParseMinutes(n.ToString(CultureInfo.InvariantCulture) + unit[1..], 1440, 10080);
            return elapsed is { } e ? (e, LagKind.Elapsed) : null;
        }

        long? minutes = DurationText.ParseMinutes(text, minutesPerDay, minutesPerWeek);
        return minutes is { } m ? (m, LagKind.Working) : null;
    }

    /// <summary>Writes one link the way <see cref="Parse"/> reads it; FS without lag is the bare code.</summary>
    public static string Format(string code, RelationshipType type, double lag, LagKind kind, int predecessorMinutesPerDay)
    {
        string typeText = type switch
        {
            RelationshipType.StartToStart => "SS",
            RelationshipType.FinishToFinish => "FF",
            RelationshipType.StartToFinish => "SF",
            _ => "FS",
        };
        if (lag == 0)
        {
            return type == RelationshipType.FinishToStart ? code : code + typeText;
        }

        string sign = lag < 0 ? "-" : "+";
        string amount = kind switch
        {
            LagKind.Percent => Math.Abs(lag).ToString("0.####", CultureInfo.InvariantCulture) + "%",
            LagKind.Elapsed => ElapsedText((long)Math.Abs(lag)),
            _ => DurationText.Format((long)Math.Abs(lag), predecessorMinutesPerDay),
        };
        return code + typeText + sign + amount;
    }

    private static string ElapsedText(long minutes) => DurationText.Format(minutes, 1440) switch
    {
        var t when t.EndsWith("min", StringComparison.Ordinal) => t[..^3] + "emin",
        var t => t[..^1] + "e" + t[^1],
    };

    [GeneratedRegex(@"^(?<code>.+?)(?<type>FS|SS|FF|SF)(?<lag>\s*[+-].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Entry();
}
