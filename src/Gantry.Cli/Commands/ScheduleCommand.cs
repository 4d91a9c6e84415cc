using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gantry.Interchange;
using Gantry.Scheduling;

namespace Gantry.Cli.Commands;

/// <summary>
/// <c>gantry schedule FILE [--data-date D] [--project P] [--json] [--out FILE]</c>: schedules an
/// XER or MSPDI file with its own options and prints one record per activity.
/// </summary>
public static class ScheduleCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,

        // Names in Chinese and other scripts stay readable in the JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(string file, string? dataDate, string? project, bool json, string? outPath, TextWriter output, TextWriter error) =>
        CliFailure.Run(error, () =>
        {
            var imported = ScheduleFile.Open(file, project, DataDateArgument.Parse(dataDate));
            var result = Scheduler.Schedule(imported.Network, imported.Options);
            var records = Records(imported, result);
            if (outPath != null)
            {
                using var writer = new StreamWriter(outPath, append: false, new System.Text.UTF8Encoding(false));
                Write(records, json, writer);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{records.Count} activities written to {outPath}"));
            }
            else
            {
                Write(records, json, output);
            }

            return 0;
        });

    public static List<ActivityRecord> Records(ImportedSchedule imported, ScheduleResult result)
    {
        var records = new List<ActivityRecord>(result.Activities.Count);
        foreach (var activity in imported.Network.Activities)
        {
            var r = result[activity.Id];
            records.Add(new ActivityRecord(
                activity.Id,
                activity.Code,
                activity.Name,
                ScheduleComparison.FormatDate(r.EarlyStart),
                ScheduleComparison.FormatDate(r.EarlyFinish),
                ScheduleComparison.FormatDate(r.LateStart),
                ScheduleComparison.FormatDate(r.LateFinish),
                Hours(r.TotalFloatMinutes),
                Hours(r.FreeFloatMinutes),
                r.Critical));
        }

        return records;
    }

    private static void Write(List<ActivityRecord> records, bool json, TextWriter writer)
    {
        if (json)
        {
            writer.WriteLine(JsonSerializer.Serialize(records, Json));
            return;
        }

        writer.WriteLine("uid\tcode\tearlyStart\tearlyFinish\tlateStart\tlateFinish\ttotalFloatHours\tfreeFloatHours\tcritical\tname");
        foreach (var r in records)
        {
            writer.WriteLine(string.Join('\t', r.Uid, r.Code, r.EarlyStart, r.EarlyFinish, r.LateStart, r.LateFinish, Text(r.TotalFloatHours), Text(r.FreeFloatHours), r.Critical ? "Y" : "N", r.Name));
        }
    }

    private static double? Hours(long? minutes) => minutes is { } m ? Math.Round(m / 60.0, 2) : null;

    private static string Text(double? hours) => hours?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;
}
