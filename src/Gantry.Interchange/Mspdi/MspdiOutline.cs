using Gantry.Scheduling;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// Orders the activities into MS Project's outline. A schedule read from MSPDI keeps its own
/// outline levels. Any other (P6, Excel) gets one from its WBS: every WBS node becomes a summary
/// task holding its activities and then its child nodes; a WBS summary activity of the file stands
/// for its own node. The tree is walked with an explicit stack, so a deep WBS cannot overflow.
/// </summary>
internal static class MspdiOutline
{
    public static List<MspdiTaskRow> Rows(ImportedSchedule schedule, ScheduleDetails details, Dictionary<string, int> uids)
    {
        var activities = schedule.Network.Activities;
        var rows = KeepsOwnOutline(schedule, details)
            ? [.. activities.Select(a => new MspdiTaskRow(uids[a.Id], details.For(a.Id)!.OutlineLevel!.Value, a, details.For(a.Id)!.WbsCode, a.Name))]
            : FromWbs(activities, details, uids);
        for (int i = 0; i + 1 < rows.Count; i++)
        {
            rows[i].HasChildren = rows[i + 1].OutlineLevel > rows[i].OutlineLevel;
        }

        return rows;
    }

    /// <summary>Whether every activity has an outline level of its own: the schedule came from MS Project.</summary>
    public static bool KeepsOwnOutline(ImportedSchedule schedule, ScheduleDetails details) =>
        schedule.Network.Activities.All(a => details.For(a.Id)?.OutlineLevel is >= 1);

    private static List<MspdiTaskRow> FromWbs(IReadOnlyList<ScheduleActivity> activities, ScheduleDetails details, Dictionary<string, int> uids)
    {
        var root = new Node(string.Empty, null);
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            string? code = details.For(activity.Id)?.WbsCode;
            if (string.IsNullOrEmpty(code))
            {
                root.Activities.Add(activity);
                continue;
            }

            var node = NodeFor(code, root, nodes);
            if (activity.Type == ActivityType.WbsSummary && node.Summary == null)
            {
                node.Summary = activity;
            }
            else
            {
                node.Activities.Add(activity);
            }
        }

        int nextUid = MspdiUids.Next(uids, 1);
        var rows = new List<MspdiTaskRow>(activities.Count + nodes.Count);
        var stack = new Stack<(Node Node, int Level)>();
        PushChildren(stack, root, 0);
        foreach (var activity in root.Activities)
        {
            rows.Add(new MspdiTaskRow(uids[activity.Id], 1, activity, null, activity.Name));
        }

        while (stack.Count > 0)
        {
            var (node, level) = stack.Pop();
            rows.Add(node.Summary is { } s
                ? new MspdiTaskRow(uids[s.Id], level, s, node.Code, s.Name)
                : new MspdiTaskRow(nextUid++, level, null, node.Code, details.WbsNames.GetValueOrDefault(node.Code) ?? node.Segment));
            foreach (var activity in node.Activities)
            {
                rows.Add(new MspdiTaskRow(uids[activity.Id], level + 1, activity, node.Code, activity.Name));
            }

            PushChildren(stack, node, level);
        }

        return rows;
    }

    private static void PushChildren(Stack<(Node, int)> stack, Node node, int level)
    {
        for (int i = node.Children.Count - 1; i >= 0; i--)
        {
            stack.Push((node.Children[i], level + 1));
        }
    }

    /// <summary>The node of a dotted code, creating it and its missing ancestors (1, 1.2, 1.2.3) on the way.</summary>
    private static Node NodeFor(string code, Node root, Dictionary<string, Node> nodes)
    {
        if (nodes.TryGetValue(code, out var found))
        {
            return found;
        }

        var parent = root;
        int start = 0;
        while (true)
        {
            int dot = code.IndexOf('.', start);
            string prefix = dot < 0 ? code : code[..dot];
            if (!nodes.TryGetValue(prefix, out var node))
            {
                node = new Node(prefix, dot < 0 ? code[start..] : code[start..dot]);
                nodes[prefix] = node;
                parent.Children.Add(node);
            }

            if (dot < 0)
            {
                return node;
            }

            parent = node;
            start = dot + 1;
        }
    }

    private sealed class Node(string code, string? segment)
    {
        public string Code { get; } = code;
        public string? Segment { get; } = segment;
        public ScheduleActivity? Summary { get; set; }
        public List<ScheduleActivity> Activities { get; } = [];
        public List<Node> Children { get; } = [];
    }
}
