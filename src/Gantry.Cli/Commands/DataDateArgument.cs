using System.Globalization;

namespace Gantry.Cli.Commands;

/// <summary>Reads <c>--data-date</c> as local wall-clock time, never in the machine's culture.</summary>
public static class DataDateArgument
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    public static DateTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException("--data-date '" + text + "' is not a date: use yyyy-MM-dd or yyyy-MM-ddTHH:mm");
    }
}
