namespace Gantry.Interchange.Excel;

/// <summary>
/// Which WBS summary row each activity rolls up into: the summary whose WBS code is the nearest
/// ancestor of the activity's code (<c>1.2</c> holds <c>1.2</c>'s tasks and <c>1.2.3</c>'s). A
/// summary looks from its parent code upwards. Dotted codes are walked by trimming segments, so
/// the cost is the code's depth, never a recursion.
/// </summary>
internal static class WbsParents
{
    public static Dictionary<string, string> Of(IReadOnlyList<ActivityRow> rows)
    {
        var summaryByWbs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Type == Scheduling.ActivityType.WbsSummary && row.WbsCode is { } wbs)
            {
                summaryByWbs.TryAdd(wbs, row.Code);
            }
        }

        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        if (summaryByWbs.Count == 0)
        {
            return parents;
        }

        foreach (var row in rows)
        {
            if (row.WbsCode is not { } code)
            {
                continue;
            }

            string? candidate = row.Type == Scheduling.ActivityType.WbsSummary ? Parent(code) : code;
            while (candidate != null)
            {
                if (summaryByWbs.TryGetValue(candidate, out var summary) && summary != row.Code)
                {
                    parents[row.Code] = summary;
                    break;
                }

                candidate = Parent(candidate);
            }
        }

        return parents;
    }

    private static string? Parent(string code)
    {
        int dot = code.LastIndexOf('.');
        return dot > 0 ? code[..dot] : null;
    }
}
