using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Localization;
using Gantry.Core.Permissions;
using Gantry.Interchange;
using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Schedules;

/// <summary>
/// Imports a P6 XER, MS Project MSPDI XML or Gantry Excel file as the project's schedule, replacing
/// what was there, in ONE transaction: a file that cannot be read or scheduled writes nothing.
/// Baselines stay, because they are history; the comparison baseline is unset since its activities are gone.
/// </summary>
public sealed class ImportSchedule(GantryDbContext db, PermissionService permissions)
{
    /// <summary>Files above this size are refused before reading: the largest real programmes are a few tens of MB.</summary>
    public const long MaxFileBytes = 200L * 1024 * 1024;

    private static readonly string[] Extensions = [".xer", ".xml", ".xlsx"];

    /// <param name="content">The uploaded file; null when the request carried none (a field error, after the access check).</param>
    public async Task<ImportReport> ExecuteAsync(Guid projectId, Stream? content, string? fileName, CancellationToken cancellationToken = default)
    {
        var access = await permissions.RequireProjectAsync(projectId, Permission.EditSchedule, cancellationToken);
        if (content is null || string.IsNullOrEmpty(fileName))
        {
            throw ValidationFailedException.For("file", Text.Get("Required", Validation.Label("file")));
        }

        var file = await ReadAsync(content, fileName, cancellationToken);
        var mapper = new ImportedScheduleMapper(projectId, file);
        mapper.Map();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var schedule = await ProjectSchedule.LoadAsync(db, access.Project, cancellationToken);
        await ClearAsync(schedule, projectId, cancellationToken);
        schedule.Settings.Change(mapper.Settings with { Version = schedule.Settings.Version });
        schedule.Settings.CompareWith(null);
        db.Calendars.AddRange(mapper.Calendars);
        schedule.Calendars.AddRange(mapper.Calendars);
        db.WbsNodes.AddRange(mapper.Wbs);
        foreach (var activity in mapper.Activities)
        {
            schedule.Add(activity);
        }

        foreach (var link in mapper.Links)
        {
            schedule.Add(link);
        }

        schedule.Reschedule();
        await schedule.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var notes = file.Schedule.Notes.Select(n => new ImportReportNote(n.Kind.ToString(), n.Record, n.Message)).Concat(mapper.Notes).ToList();
        return new ImportReport(Path.GetFileName(fileName), file.Schedule.WrittenBy, mapper.Activities.Count, mapper.Links.Count,
            mapper.Calendars.Count, mapper.Wbs.Count, schedule.Settings.DataDate, schedule.Settings.Finish, notes);
    }

    /// <summary>The readers work on files (they sniff formats and encodings), so the upload goes to a temporary one first.</summary>
    private static async Task<DetailedSchedule> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            throw ValidationFailedException.For("file", Text.Get("ImportFailed", Text.Get("ImportWrongType")));
        }

        var path = Path.Combine(Path.GetTempPath(), "gantry-import-" + Guid.NewGuid().ToString("N") + extension);
        try
        {
            await using (var target = File.Create(path))
            {
                await content.CopyToAsync(target, cancellationToken);
                if (target.Length > MaxFileBytes)
                {
                    throw ValidationFailedException.For("file", Text.Get("ImportFailed", Text.Get("ImportTooLarge")));
                }
            }

            var file = DetailedScheduleFile.Open(path);
            if (file.Schedule.Network.Activities.Count == 0)
            {
                throw ValidationFailedException.For("file", Text.Get("ImportEmpty"));
            }

            // Scheduling once before anything is written turns a loop or a broken calendar into a clear refusal.
            Scheduler.Schedule(file.Schedule.Network, file.Schedule.Options);
            return file;
        }
        catch (Exception error) when (error is InterchangeException or ScheduleError or CalendarError)
        {
            // Readers name the file by its full path or by its name alone; the user knows neither temporary one.
            var message = error.Message.Replace(path, Path.GetFileName(fileName), StringComparison.Ordinal)
                .Replace(Path.GetFileName(path), Path.GetFileName(fileName), StringComparison.Ordinal);
            throw ValidationFailedException.For("file", Text.Get("ImportFailed", message));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task ClearAsync(ProjectSchedule schedule, Guid projectId, CancellationToken cancellationToken)
    {
        foreach (var link in schedule.Links.ToList())
        {
            schedule.Remove(link);
        }

        foreach (var activity in schedule.Activities.ToList())
        {
            schedule.Remove(activity);
        }

        db.WbsNodes.RemoveRange(await db.WbsNodes.Where(w => w.ProjectId == projectId).ToListAsync(cancellationToken));
        schedule.Settings.Change(schedule.Settings.ToInput() with { DefaultCalendarId = null });
        foreach (var calendar in schedule.Calendars)
        {
            calendar.Change(ChangeBase(calendar));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.Calendars.RemoveRange(schedule.Calendars);
        schedule.Calendars.Clear();

        // Deletes go first in their own statement batch: new rows may reuse the old codes, which are unique.
        await db.SaveChangesAsync(cancellationToken);
    }

    private static CalendarInput ChangeBase(ProjectCalendar calendar) => new()
    {
        Name = calendar.Name, BaseCalendarId = null, IncludeChinaHolidays = calendar.IncludeChinaHolidays, MinutesPerDay = calendar.MinutesPerDay,
        MinutesPerWeek = calendar.MinutesPerWeek, MinutesPerMonth = calendar.MinutesPerMonth, Rules = calendar.Rules,
    };
}
