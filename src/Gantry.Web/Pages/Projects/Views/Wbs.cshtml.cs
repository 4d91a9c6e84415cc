using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Projects.Views;

/// <summary>
/// The WBS tree: add, rename, recode, move to another parent, reorder, delete. Plain forms and
/// buttons, so it is keyboard usable; Core refuses a delete with work under it and a stale version.
/// </summary>
public sealed class WbsModel(GetProject getProject, GetSchedule getSchedule, AddWbsNode addNode, UpdateWbsNode updateNode,
    DeleteWbsNode deleteNode, IStringLocalizer<ScheduleViewsResource> text) : ScheduleViewPage(getProject)
{
    public IReadOnlyList<WbsLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadProjectAsync(cancellationToken);
        var schedule = await getSchedule.ExecuteAsync(Id, cancellationToken);
        Lines = Outline(schedule);
        return Page();
    }

    public Task<IActionResult> OnPostAddAsync(Guid? parentId, string? code, string? name, CancellationToken cancellationToken) =>
        EditAsync(async () =>
        {
            var node = await addNode.ExecuteAsync(Id, new WbsInput
            {
                ParentId = parentId, Code = string.IsNullOrWhiteSpace(code) ? null : code, Name = name,
            }, cancellationToken);
            return text["Wbs.Added", node.Code].Value;
        }, Back());

    public Task<IActionResult> OnPostRenameAsync(Guid nodeId, Guid? parentId, string? code, string? name, int version,
        CancellationToken cancellationToken) =>
        EditAsync(async () =>
        {
            var node = await updateNode.ExecuteAsync(Id, nodeId, new WbsInput { ParentId = parentId, Code = code, Name = name, Version = version },
                cancellationToken);
            return text["Wbs.Renamed", node.Code].Value;
        }, Back());

    /// <summary>Moves under another parent (empty: to the top level), placed last there.</summary>
    public Task<IActionResult> OnPostMoveAsync(Guid nodeId, Guid? newParentId, int version, CancellationToken cancellationToken) =>
        EditAsync(async () =>
        {
            var node = await updateNode.ExecuteAsync(Id, nodeId, new WbsInput { ParentId = newParentId, Version = version }, cancellationToken);
            return text["Wbs.Moved", node.Code].Value;
        }, Back());

    /// <summary>Up or down one place among the siblings; <paramref name="position"/> is the current 1-based place.</summary>
    public Task<IActionResult> OnPostReorderAsync(Guid nodeId, Guid? parentId, int position, int step, int version,
        CancellationToken cancellationToken) =>
        EditAsync(async () =>
        {
            var node = await updateNode.ExecuteAsync(Id, nodeId, new WbsInput
            {
                ParentId = parentId, SortOrder = Math.Max(1, position + Math.Sign(step)), Version = version,
            }, cancellationToken);
            return text["Wbs.Moved", node.Code].Value;
        }, Back());

    public Task<IActionResult> OnPostDeleteAsync(Guid nodeId, string? code, int version, CancellationToken cancellationToken) =>
        EditAsync(async () =>
        {
            await deleteNode.ExecuteAsync(Id, nodeId, version, cancellationToken);
            return text["Wbs.Deleted", code ?? string.Empty].Value;
        }, Back());

    private string Back() => $"~/projects/{Id}/wbs";

    /// <summary>Depth-first outline order with an explicit stack: a WBS a thousand levels deep must not overflow.</summary>
    private static List<WbsLine> Outline(SchedulePayload schedule)
    {
        var children = schedule.Wbs.ToLookup(w => w.ParentId);
        var counts = schedule.Activities.Where(a => a.WbsId is not null).GroupBy(a => a.WbsId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var lines = new List<WbsLine>(schedule.Wbs.Count);
        var stack = new Stack<(WbsPayload Node, int Depth, int Position, int Siblings)>();
        void Push(Guid? parent, int depth)
        {
            var kids = children[parent].OrderBy(w => w.SortOrder).ThenBy(w => w.Code, StringComparer.Ordinal).ToList();
            for (var i = kids.Count - 1; i >= 0; i--)
            {
                stack.Push((kids[i], depth, i + 1, kids.Count));
            }
        }

        Push(null, 0);
        var seen = new HashSet<Guid>();
        while (stack.TryPop(out var item))
        {
            if (!seen.Add(item.Node.Id))
            {
                continue;
            }

            lines.Add(new WbsLine(item.Node, item.Depth, item.Position, item.Siblings, counts.GetValueOrDefault(item.Node.Id)));
            Push(item.Node.Id, item.Depth + 1);
        }

        return lines;
    }
}
