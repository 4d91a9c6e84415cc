using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Gantry.Interchange;
using Gantry.Interchange.Csv;
using Gantry.Interchange.Excel;
using Gantry.Interchange.Mspdi;
using Gantry.Interchange.Xer;
using Gantry.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Schedules;

/// <summary>
/// Writes the stored schedule with the interchange writers. The schedule is handed to them as the
/// same <see cref="ImportedSchedule"/> a file read gives, so any writer (XER and MSPDI too) plugs in
/// at <see cref="Write"/> with one more case.
/// </summary>
public sealed class ExportSchedule(GantryDbContext db, PermissionService permissions)
{
    public async Task<ExportedFile> ExecuteAsync(Guid projectId, ScheduleExportFormat format, CancellationToken cancellationToken = default)
    {
        var access = await ScheduleAccess.RequireAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        if (!Enum.IsDefined(format))
        {
            throw ValidationFailedException.For("format", Localization.Text.Get("NotAllowedValue", Validation.Label("format")));
        }

        var project = access.Project.Project;
        var settings = await ProjectSchedule.LoadSettingsAsync(db, project, cancellationToken);
        var calendars = await db.Calendars.AsNoTracking().Where(c => c.ProjectId == projectId).ToListAsync(cancellationToken);
        var activities = (await db.Activities.AsNoTracking().Where(a => a.ProjectId == projectId).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken))
            .Where(access.Sees).ToList();
        var visible = activities.Select(a => a.Id).ToHashSet();
        var links = (await db.ActivityLinks.AsNoTracking().Where(l => l.ProjectId == projectId).ToListAsync(cancellationToken))
            .Where(l => visible.Contains(l.PredecessorId) && visible.Contains(l.SuccessorId)).ToList();
        var tree = new WbsTree(await db.WbsNodes.AsNoTracking().Where(w => w.ProjectId == projectId).ToListAsync(cancellationToken));
        var wbsNodes = ParentsFirst(tree);
        var wbs = wbsNodes.ToDictionary(w => w.Id, w => w.Code);

        var network = ScheduleNetworkBuilder.Build(calendars, activities, links);
        var options = settings.ToOptions();
        var schedule = new ImportedSchedule
        {
            Source = project.Code,
            Convention = settings.Convention,
            WrittenBy = "Gantry",
            Network = network,
            Options = options,
            Calendars = network.Calendars.ToDictionary(c => c.Id, StringComparer.Ordinal),
            Stored = [],
            Notes = [],
        };
        var details = new ScheduleDetails(activities.Select(a => new ActivityDetails
        {
            Id = a.Id.ToString(), WbsCode = a.WbsId is { } w ? wbs.GetValueOrDefault(w) : null, WbsId = a.WbsId?.ToString(),
        }), hasResourceData: false, hasBaseline: false)
        {
            // The XER and MSPDI writers turn these into PROJWBS rows and summary tasks.
            Project = new Interchange.ProjectDetails { Code = project.Code, Name = project.Name },
            WbsNodes = [.. wbsNodes.Select((w, i) => new Interchange.WbsNode
            {
                Id = w.Id.ToString(), ParentId = w.ParentId?.ToString(), Code = w.Code, Name = w.Name, Sequence = i,
            })],
        };
        var result = Scheduler.Schedule(network, options);
        using var stream = new MemoryStream();
        var (contentType, extension) = Write(format, stream, schedule, result, details);
        return new ExportedFile(stream.ToArray(), contentType, project.Code + extension);
    }

    /// <summary>The WBS in outline order, every parent before its children, as the writers expect it.</summary>
    private static List<WbsNode> ParentsFirst(WbsTree tree)
    {
        var ordered = new List<WbsNode>(tree.Nodes.Count);
        var pending = new Stack<WbsNode>(tree.ChildrenOf(null).Reverse());
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            ordered.Add(node);
            foreach (var child in tree.ChildrenOf(node.Id).Reverse())
            {
                pending.Push(child);
            }
        }

        return ordered;
    }

    /// <summary>The one place a format meets its writer.</summary>
    public static (string ContentType, string Extension) Write(ScheduleExportFormat format, Stream stream, ImportedSchedule schedule,
        ScheduleResult result, ScheduleDetails details)
    {
        switch (format)
        {
            case ScheduleExportFormat.Csv:
                CsvScheduleWriter.Write(stream, schedule, result, details);
                return ("text/csv; charset=utf-8", ".csv");
            case ScheduleExportFormat.Xer:
                XerWriter.Write(new DetailedSchedule(schedule, details), stream, XerEncoding.Utf8);
                return ("application/octet-stream", ".xer");
            case ScheduleExportFormat.Mspdi:
                MspdiWriter.Write(new DetailedSchedule(schedule, details), stream);
                return ("application/xml", ".xml");
            default:
                ExcelScheduleWriter.Write(stream, schedule, result, details);
                return ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
        }
    }
}
