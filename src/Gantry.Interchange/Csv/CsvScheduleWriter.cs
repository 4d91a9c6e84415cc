using System.Globalization;
using System.Text;
using Gantry.Interchange.Excel;
using Gantry.Scheduling;

namespace Gantry.Interchange.Csv;

/// <summary>
/// Exports the activity table (<see cref="ScheduleTable"/>) as CSV per RFC 4180: comma separated,
/// CRLF line ends, a field quoted when it holds a comma, quote or line break, quotes doubled.
/// UTF-8 with a byte-order mark, because without it Excel reads the file in the local ANSI code
/// page and Chinese names turn into mojibake.
/// </summary>
public static class CsvScheduleWriter
{
    public static void Write(Stream stream, ImportedSchedule schedule, ScheduleResult result, ScheduleDetails? details = null)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        WriteLine(writer, ScheduleTable.Columns.Select(c => c.Layout.Header));
        foreach (var row in ScheduleTable.Rows(schedule, result, details ?? ScheduleDetails.None))
        {
            WriteLine(writer, row.Select(Text));
        }
    }

    public static void WriteFile(string path, ImportedSchedule schedule, ScheduleResult result, ScheduleDetails? details = null)
    {
        using var stream = File.Create(path);
        Write(stream, schedule, result, details);
    }

    /// <summary>One field, quoted only when RFC 4180 requires it.</summary>
    public static string Field(string value)
    {
        // A text starting like a formula would run as one when Excel opens the file (CSV injection):
        // a leading apostrophe keeps it text, as Excel itself does.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        bool quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        return quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void WriteLine(StreamWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(',', fields));
        writer.Write("\r\n");
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => Field(s),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double n => n.ToString("0.####", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        _ => Field(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };
}
