using System.Globalization;

namespace Gantry.Interchange.Xer;

/// <summary>
/// Parses the nested calendar text of <c>clndr_data</c>:
/// <c>(0||CalendarData()((0||DaysOfWeek()((0||2()((0||0(s|08:00|f|16:00)())))…))(0||Exceptions()((0||0(d|41275)())…)))</c>.
/// The parser keeps its own stack, so a hostile file nested a million deep cannot overflow ours.
/// </summary>
internal static class P6CalendarText
{
    private const int MaxDepth = 64;

    public static P6CalendarData Parse(string text)
    {
        P6CalendarNode root = ParseTree(text);
        var week = P6CalendarData.EmptyWeek();
        var days = root.Child("DaysOfWeek");
        if (days != null)
        {
            foreach (var day in days.Children)
            {
                if (!int.TryParse(day.Name, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < 1 || number > 7)
                {
                    throw new FormatException(InterchangeText.Format("DaysOfWeekRange", day.Name));
                }

                week[number - 1] = Periods(day);
            }
        }

        var exceptions = new List<P6CalendarExceptionDay>();
        var list = root.Child("Exceptions");
        if (list != null)
        {
            foreach (var entry in list.Children)
            {
                string serial = entry.Attribute("d") ?? throw new FormatException(InterchangeText.Get("ExceptionNoDay"));
                if (!int.TryParse(serial, NumberStyles.None, CultureInfo.InvariantCulture, out int day))
                {
                    throw new FormatException(InterchangeText.Format("ExceptionDayNotNumber", serial));
                }

                exceptions.Add(new P6CalendarExceptionDay(P6SerialDate.ToDate(day), Periods(entry)));
            }
        }

        return new P6CalendarData(week, exceptions);
    }

    private static P6WorkPeriod[] Periods(P6CalendarNode owner)
    {
        var periods = new P6WorkPeriod[owner.Children.Count];
        for (int i = 0; i < periods.Length; i++)
        {
            var node = owner.Children[i];
            string start = node.Attribute("s") ?? throw new FormatException(InterchangeText.Get("PeriodNoStart"));
            string finish = node.Attribute("f") ?? throw new FormatException(InterchangeText.Get("PeriodNoFinish"));
            periods[i] = P6TimeOfDay.Period(start, finish);
        }

        Array.Sort(periods, (a, b) => a.StartMinute.CompareTo(b.StartMinute));
        return periods;
    }

    internal static P6CalendarNode ParseTree(string text)
    {
        var stack = new Stack<P6CalendarNode>();
        P6CalendarNode? root = null;
        int pos = 0;
        while (true)
        {
            pos = SkipSpace(text, pos);
            if (pos >= text.Length)
            {
                break;
            }

            char c = text[pos];
            if (c == '(')
            {
                if (root != null && stack.Count == 0)
                {
                    throw new FormatException(At(pos, InterchangeText.Get("CalendarTextAfterEnd")));
                }

                var node = ReadHeader(text, ref pos);
                if (stack.Count >= MaxDepth)
                {
                    throw new FormatException(At(pos, InterchangeText.Get("CalendarNestedTooDeep")));
                }

                if (stack.TryPeek(out var parent))
                {
                    parent.Children.Add(node);
                }
                else
                {
                    root = node;
                }

                stack.Push(node);
            }
            else if (c == ')')
            {
                if (stack.Count == 0)
                {
                    throw new FormatException(At(pos, InterchangeText.Get("CalendarUnbalanced")));
                }

                pos = SkipSpace(text, pos + 1);
                if (pos >= text.Length || text[pos] != ')')
                {
                    throw new FormatException(At(pos, InterchangeText.Get("CalendarUnclosed")));
                }

                pos++;
                stack.Pop();
            }
            else
            {
                throw new FormatException(At(pos, InterchangeText.Format("CalendarUnexpected", c)));
            }
        }

        if (root == null)
        {
            throw new FormatException(InterchangeText.Get("CalendarNoData"));
        }

        if (stack.Count != 0)
        {
            throw new FormatException(InterchangeText.Format("CalendarCutShort", stack.Count));
        }

        return root;
    }

    /// <summary>Reads <c>(0||Name(attrs)(</c> and leaves the position inside the child list.</summary>
    private static P6CalendarNode ReadHeader(string text, ref int pos)
    {
        int bars = text.IndexOf("||", pos + 1, StringComparison.Ordinal);
        int open = bars < 0 ? -1 : text.IndexOf('(', bars + 2);
        int close = open < 0 ? -1 : text.IndexOf(')', open + 1);
        if (bars < 0 || open < 0 || close < 0)
        {
            throw new FormatException(At(pos, InterchangeText.Get("CalendarNodeShape")));
        }

        string name = text[(bars + 2)..open].Trim();
        var attributes = new List<KeyValuePair<string, string>>();
        string[] parts = text[(open + 1)..close].Split('|');
        for (int i = 0; i + 1 < parts.Length; i += 2)
        {
            attributes.Add(new(parts[i].Trim(), parts[i + 1].Trim()));
        }

        pos = SkipSpace(text, close + 1);
        if (pos >= text.Length || text[pos] != '(')
        {
            throw new FormatException(At(pos, InterchangeText.Format("CalendarNodeNoChildren", name)));
        }

        pos++;
        return new P6CalendarNode(name, attributes);
    }

    private static int SkipSpace(string text, int pos)
    {
        // P6 separates the nodes with DEL (0x7F) pairs where a text file would put line breaks.
        while (pos < text.Length && (char.IsWhiteSpace(text[pos]) || char.IsControl(text[pos])))
        {
            pos++;
        }

        return pos;
    }

    private static string At(int pos, string problem) =>
        InterchangeText.Format("CalendarDataAt", problem, pos + 1);
}
