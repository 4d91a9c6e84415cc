using System.Globalization;
using Gantry.Interchange;
using Gantry.Scheduling;

namespace Gantry.Cli.Commands;

/// <summary>
/// <c>gantry compare FILE [--project P] [--limit N]</c>: schedules the file and reports how many
/// activities get the dates, float and critical flag the file's own tool stored, listing mismatches.
/// </summary>
public static class CompareCommand
{
    public static int Run(string file, string? project, int limit, TextWriter output, TextWriter error) =>
        CliFailure.Run(error, () =>
        {
            var imported = ScheduleFile.Open(file, project);
            var result = Scheduler.Schedule(imported.Network, imported.Options);
            var comparison = ScheduleComparison.Compare(imported, result);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(file)} ({imported.WrittenBy}): {comparison.Compared} activities compared, {comparison.Matched} matched, {comparison.MatchPercent:0.00} %; on dates and total float {comparison.MatchedOnDatesAndTotalFloat}, {comparison.DatesAndTotalFloatPercent:0.00} %"));
            var mismatches = comparison.Mismatches.ToList();
            foreach (var m in mismatches.Take(Math.Max(0, limit)))
            {
                output.WriteLine("  " + m.Expected.Id + " " + m.Expected.Code + " \"" + m.Expected.Name + "\": " + string.Join("; ", m.Mismatches));
            }

            if (mismatches.Count > limit)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {mismatches.Count - limit} more (use --limit)"));
            }

            foreach (var note in imported.Notes.Take(Math.Max(0, limit)))
            {
                output.WriteLine("  note: " + note);
            }

            return 0;
        });
}
