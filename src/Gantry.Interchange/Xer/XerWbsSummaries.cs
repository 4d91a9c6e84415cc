using System.Globalization;

namespace Gantry.Interchange.Xer;

/// <summary>
/// Finds the WBS summary activity (TT_WBS) an activity rolls up into: the nearest one in its WBS
/// node or an ancestor node. Walks the WBS tree with a loop, remembering answers per node, so a
/// deep or looping WBS costs little and cannot overflow the stack.
/// </summary>
internal sealed class XerWbsSummaries
{
    private readonly Dictionary<long, long?> _parentOfWbs = [];
    private readonly Dictionary<long, string> _summaryOfWbs = [];
    private readonly Dictionary<long, string?> _answer = [];

    public XerWbsSummaries(XerSchedule schedule, IReadOnlyList<XerTask> tasks)
    {
        foreach (var wbs in schedule.Wbs)
        {
            _parentOfWbs.TryAdd(wbs.Id, wbs.ParentId);
        }

        foreach (var task in tasks)
        {
            if (task.Type == "TT_WBS" && task.WbsId is { } w)
            {
                _summaryOfWbs.TryAdd(w, task.Id.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    public string? ParentOf(XerTask task)
    {
        if (_summaryOfWbs.Count == 0 || task.WbsId is not { } wbs)
        {
            return null;
        }

        // A WBS summary rolls up the node below it, so it looks from its node's parent upwards.
        long? start = task.Type == "TT_WBS" ? _parentOfWbs.GetValueOrDefault(wbs) : wbs;
        return Find(start);
    }

    private string? Find(long? node)
    {
        var path = new List<long>();
        var seen = new HashSet<long>();
        string? found = null;
        while (node is { } n && seen.Add(n))
        {
            if (_answer.TryGetValue(n, out found))
            {
                break;
            }

            path.Add(n);
            if (_summaryOfWbs.TryGetValue(n, out found))
            {
                break;
            }

            node = _parentOfWbs.GetValueOrDefault(n);
        }

        foreach (var n in path)
        {
            _answer[n] = found;
        }

        return found;
    }
}
