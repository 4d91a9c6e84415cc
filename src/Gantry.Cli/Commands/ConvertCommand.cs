using System.Globalization;
using Gantry.Interchange;
using Gantry.Interchange.Xer;

namespace Gantry.Cli.Commands;

/// <summary>
/// <c>gantry convert IN OUT [--project P] [--encoding utf-8|1252]</c>: reads any schedule Gantry
/// opens and writes it in the format of OUT's extension, then prints what the import and the
/// write changed or skipped, so nothing is lost without the planner being told.
/// </summary>
public static class ConvertCommand
{
    public static int Run(string input, string outPath, string? project, string? encoding, TextWriter output, TextWriter error) =>
        CliFailure.Run(error, () =>
        {
            XerEncoding? chosen = encoding?.ToUpperInvariant() switch
            {
                null => null,
                "UTF-8" or "UTF8" => XerEncoding.Utf8,
                "1252" or "WINDOWS-1252" or "CP1252" => XerEncoding.Windows1252,
                _ => throw new FormatException("--encoding '" + encoding + "' is not an XER encoding: use utf-8 or 1252"),
            };
            var opened = DetailedScheduleFile.Open(input, project);
            var written = ScheduleFileWriter.Write(opened, outPath, chosen);
            foreach (var note in opened.Schedule.Notes)
            {
                output.WriteLine("read:  " + note);
            }

            foreach (var note in written)
            {
                output.WriteLine("write: " + note);
            }

            var network = opened.Schedule.Network;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{network.Activities.Count} activities, {network.Relationships.Count} links, {opened.Schedule.Calendars.Count} calendars written to {outPath} ({opened.Schedule.Notes.Count + written.Count} notes)"));
            return 0;
        });
}
