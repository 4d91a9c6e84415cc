using System.Globalization;
using Gantry.Interchange;
using Gantry.Interchange.Csv;
using Gantry.Interchange.Excel;
using Gantry.Scheduling;

namespace Gantry.Cli.Commands;

/// <summary>
/// <c>gantry export FILE --to xlsx|csv --out OUT</c>: schedules an XER, MSPDI or .xlsx file and
/// writes the activity table with the computed dates, float and critical flag. Without
/// <c>--to</c> the format comes from the extension of OUT.
/// </summary>
public static class ExportCommand
{
    public static int Run(string file, string? to, string outPath, string? dataDate, string? project, TextWriter output, TextWriter error) =>
        CliFailure.Run(error, () =>
        {
            string format = (to ?? Path.GetExtension(outPath).TrimStart('.')).ToLowerInvariant();
            if (format is not ("xlsx" or "csv"))
            {
                throw new FormatException("--to '" + (to ?? outPath) + "' is not an export format: use xlsx or csv");
            }

            var opened = DetailedScheduleFile.Open(file, project, DataDateArgument.Parse(dataDate));
            var result = Scheduler.Schedule(opened.Schedule.Network, opened.Schedule.Options);
            if (format == "xlsx")
            {
                ExcelScheduleWriter.WriteFile(outPath, opened.Schedule, result, opened.Details);
            }
            else
            {
                CsvScheduleWriter.WriteFile(outPath, opened.Schedule, result, opened.Details);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Activities.Count} activities written to {outPath}"));
            return 0;
        });
}
