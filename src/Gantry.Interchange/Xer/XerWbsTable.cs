using Gantry.Scheduling;

namespace Gantry.Interchange.Xer;

/// <summary>
/// The PROJWBS table: the project node, then the schedule's WBS. A schedule with no WBS of its own
/// gets one from its outline (each MS Project summary task becomes a node holding its children,
/// and is written as a P6 WBS summary activity of that node) or, failing that, from dotted WBS
/// codes such as <c>1.2.3</c>. Every activity ends up in a node.
/// </summary>
internal sealed class XerWbsTable
{
    public static readonly string[] Fields =
        ["wbs_id", "proj_id", "obs_id", "seq_num", "est_wt", "proj_node_flag", "sum_data_flag", "status_code", "wbs_short_name", "wbs_name", "phase_id", "parent_wbs_id", "ev_user_pct", "ev_etc_user_value", "orig_cost", "indep_remain_total_cost", "ann_dscnt_rate_pct", "dscnt_period_type", "indep_remain_work_qty", "anticip_start_date", "anticip_end_date", "ev_compute_type", "ev_etc_compute_type", "guid", "tmpl_guid", "plan_open_state"];

    private readonly XerIdMap _ids = new();
    private readonly List<WbsNode> _nodes = [];
    private readonly Dictionary<string, string> _nodeOfActivity = new(StringComparer.Ordinal);

    public XerWbsTable(XerWriteContext c)
    {
        var activities = c.Schedule.Network.Activities;
        if (c.Details.WbsNodes.Count > 0)
        {
            _nodes.AddRange(c.Details.WbsNodes);
            var known = _nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var a in activities)
            {
                if (c.Details.For(a.Id)?.WbsId is { } w && known.Contains(w))
                {
                    _nodeOfActivity[a.Id] = w;
                }
            }
        }
        else if (activities.Any(a => a.ParentId != null))
        {
            FromOutline(activities, c);
        }
        else
        {
            FromCodes(activities, c);
        }

        foreach (var node in _nodes)
        {
            _ids.Reserve(node.Id);
        }

        _ids.Complete();
        ProjectNodeId = _ids.Fresh();
    }

    public long ProjectNodeId { get; }

    /// <summary>The <c>wbs_id</c> an activity is written under.</summary>
    public string NodeOf(string activityId) =>
        XerValueText.Id(_nodeOfActivity.TryGetValue(activityId, out var node) ? _ids[node] : ProjectNodeId);

    public void Write(XerTableWriter w, XerWriteContext c)
    {
        w.Table("PROJWBS", Fields);
        var project = c.Details.Project;
        Row(w, c, XerValueText.Id(ProjectNodeId), null, project?.Code ?? "GANTRY", project?.Name ?? project?.Code ?? "Gantry project", 0, true);
        foreach (var node in _nodes)
        {
            string parent = node.ParentId is { } p && _ids.Contains(p) ? _ids.Text(p) : XerValueText.Id(ProjectNodeId);
            Row(w, c, _ids.Text(node.Id), parent, node.Code, node.Name, node.Sequence, false);
        }
    }

    private static void Row(XerTableWriter w, XerWriteContext c, string id, string? parent, string code, string name, int sequence, bool projectNode)
    {
        w.Set("wbs_id", id);
        w.Set("proj_id", c.ProjectIdText);
        w.Set("seq_num", XerValueText.Id(sequence));
        w.Set("est_wt", "1");
        w.Set("proj_node_flag", XerValueText.Flag(projectNode));
        w.Set("sum_data_flag", "N");
        w.Set("status_code", "WS_Open");
        w.Set("wbs_short_name", code);
        w.Set("wbs_name", name);
        w.Set("parent_wbs_id", parent);
        w.Set("ev_user_pct", "6");
        w.Set("ev_etc_user_value", "0.88");
        w.Set("orig_cost", "0");
        w.Set("indep_remain_total_cost", "0");
        w.Set("indep_remain_work_qty", "0");
        w.Set("ev_compute_type", "EC_Cmp_pct");
        w.Set("ev_etc_compute_type", "EE_Rem_hr");
        w.EndRow();
    }

    private void FromOutline(IReadOnlyList<ScheduleActivity> activities, XerWriteContext c)
    {
        var parents = activities.Select(a => a.ParentId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        int sequence = 0;
        foreach (var a in activities)
        {
            if (parents.Contains(a.Id))
            {
                // A summary's own node: its code is the last part of its WBS code, else its activity code.
                string? wbs = c.Details.For(a.Id)?.WbsCode;
                string code = wbs is { Length: > 0 } ? wbs[(wbs.LastIndexOf('.') + 1)..] : a.Code ?? a.Id;
                _nodes.Add(new WbsNode { Id = "S" + a.Id, ParentId = a.ParentId is { } p ? "S" + p : null, Code = code, Name = a.Name ?? code, Sequence = sequence++ });
                _nodeOfActivity[a.Id] = "S" + a.Id;
            }
            else if (a.ParentId is { } parent)
            {
                _nodeOfActivity[a.Id] = "S" + parent;
            }
        }
    }

    private void FromCodes(IReadOnlyList<ScheduleActivity> activities, XerWriteContext c)
    {
        var made = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in activities)
        {
            if (c.Details.For(a.Id)?.WbsCode is not { Length: > 0 } code)
            {
                continue;
            }

            string[] parts = code.Split('.');
            for (int i = 0; i < parts.Length; i++)
            {
                string path = string.Join('.', parts[..(i + 1)]);
                if (made.Add(path))
                {
                    _nodes.Add(new WbsNode { Id = "W" + path, ParentId = i > 0 ? "W" + string.Join('.', parts[..i]) : null, Code = parts[i], Name = parts[i], Sequence = made.Count });
                }
            }

            _nodeOfActivity[a.Id] = "W" + code;
        }
    }
}
