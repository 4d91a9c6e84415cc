using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gantry.Interchange;
using Gantry.Interchange.Health;
using Gantry.Scheduling;

namespace Gantry.Cli.Commands;

/// <summary>
/// <c>gantry check FILE [--json] [--limit N] [--data-date D] [--project P]</c>: schedules the file
/// and prints the DCMA 14-point health check in the user's language. Failing checks are a result,
/// not an error: the exit code is 0 whenever the file could be assessed.
/// </summary>
public static class CheckCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static int Run(string file, bool json, int limit, string? dataDate, string? project, TextWriter output, TextWriter error) =>
        CliFailure.Run(error, () =>
        {
            var opened = DetailedScheduleFile.Open(file, project, DataDateArgument.Parse(dataDate));
            var result = Scheduler.Schedule(opened.Schedule.Network, opened.Schedule.Options);
            var assessment = HealthCheck.Assess(opened.Schedule, result, opened.Details);
            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(assessment, Json));
            }
            else
            {
                WriteText(assessment, Math.Max(0, limit), output);
            }

            return 0;
        });

    private static void WriteText(HealthAssessment a, int limit, TextWriter output)
    {
        output.WriteLine(HealthReportText.Title + ": " + Path.GetFileName(a.Source));
        output.WriteLine(HealthReportText.Summary(a));
        foreach (var check in a.Checks)
        {
            string figure = check.Figure is not { } f ? "-"
                : check.Metric is HealthMetric.CriticalPathLengthIndex or HealthMetric.BaselineExecutionIndex ? f.ToString("0.000", CultureInfo.InvariantCulture)
                : check.Metric == HealthMetric.CriticalPathTest ? f.ToString("0.##", CultureInfo.InvariantCulture) + "d"
                : f.ToString("0.00", CultureInfo.InvariantCulture) + " %";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{check.Number,2}  {HealthReportText.Status(check.Status),-14} {figure,9}  {check.Name}: {check.Detail}"));
            output.WriteLine("      " + check.Threshold);
            if (check.Offenders.Count > 0 && limit > 0)
            {
                string more = check.Offenders.Count > limit ? " " + HealthReportText.More(check.Offenders.Count - limit) : string.Empty;
                output.WriteLine("      " + HealthReportText.Offenders + ": " + string.Join(", ", check.Offenders.Take(limit)) + more);
            }
        }
    }
}
