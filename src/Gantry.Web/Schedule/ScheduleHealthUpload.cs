using Gantry.Core.Schedules;
using Gantry.Interchange;
using Gantry.Interchange.Health;
using Gantry.Scheduling;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Schedule;

/// <summary>
/// Assesses an uploaded schedule file: XER, P6 XML, MS Project XML or Excel. The readers open
/// files by path and tell formats by extension, so the upload goes to a temporary file that is
/// always deleted. A file the readers refuse gives their message, naming line and field.
/// </summary>
public static class ScheduleHealthUpload
{
    private static readonly string[] Extensions = [".xer", ".xml", ".xlsx"];

    /// <summary>The report, or the reason the file cannot be assessed.</summary>
    public static async Task<(ScheduleHealthReport? Report, string? Error)> AssessAsync(IFormFile? file, IStringLocalizer<ScheduleHealthResource> text, CancellationToken cancellationToken)
    {
        if (file == null || file.Length == 0)
        {
            return (null, text["Health.NoFile"]);
        }

        string extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            return (null, text["Health.WrongType", Path.GetFileName(file.FileName)]);
        }

        return await AssessCopyAsync((target, ct) => file.CopyToAsync(target, ct), Path.GetFileName(file.FileName), extension, text, cancellationToken);
    }

    /// <summary>
    /// The project's own stored schedule, as a planner means "check my schedule": it goes through the
    /// same P6 file the export gives, so the page and an exported file check the same.
    /// </summary>
    public static Task<(ScheduleHealthReport? Report, string? Error)> AssessExportAsync(ExportedFile export, IStringLocalizer<ScheduleHealthResource> text, CancellationToken cancellationToken) =>
        AssessCopyAsync((target, ct) => target.WriteAsync(export.Content, ct).AsTask(), export.FileName,
            Path.GetExtension(export.FileName).ToLowerInvariant(), text, cancellationToken);

    private static async Task<(ScheduleHealthReport? Report, string? Error)> AssessCopyAsync(Func<Stream, CancellationToken, Task> copy, string fileName,
        string extension, IStringLocalizer<ScheduleHealthResource> text, CancellationToken cancellationToken)
    {
        string path = Path.Combine(Path.GetTempPath(), "gantry-health-" + Guid.NewGuid().ToString("N") + extension);
        try
        {
            await using (var target = File.Create(path))
            {
                await copy(target, cancellationToken);
            }

            return (await Task.Run(() => Assess(path, fileName), cancellationToken), null);
        }
        catch (InterchangeException refused)
        {
            return (null, refused.Message.Replace(Path.GetFileName(path), fileName, StringComparison.Ordinal));
        }
        catch (ScheduleError refused)
        {
            return (null, text["Health.CannotSchedule", refused.Message]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static ScheduleHealthReport Assess(string path, string fileName)
    {
        var opened = DetailedScheduleFile.Open(path);
        var result = Scheduler.Schedule(opened.Schedule.Network, opened.Schedule.Options);
        var assessment = HealthCheck.Assess(opened.Schedule, result, opened.Details);
        return ScheduleHealthReport.From(assessment with { Source = fileName }, opened.Schedule);
    }
}
