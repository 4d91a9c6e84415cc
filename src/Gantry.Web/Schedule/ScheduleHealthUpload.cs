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

        string path = Path.Combine(Path.GetTempPath(), "gantry-health-" + Guid.NewGuid().ToString("N") + extension);
        try
        {
            await using (var target = File.Create(path))
            {
                await file.CopyToAsync(target, cancellationToken);
            }

            return (await Task.Run(() => Assess(path, Path.GetFileName(file.FileName)), cancellationToken), null);
        }
        catch (InterchangeException refused)
        {
            return (null, refused.Message.Replace(Path.GetFileName(path), Path.GetFileName(file.FileName), StringComparison.Ordinal));
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
