using Gantry.Scheduling;

namespace Gantry.Interchange.Excel;

/// <summary>
/// Constraint types as planners write them: MS Project's abbreviations (SNET, MSO …), P6's names
/// ("Start On or After"), or the Chinese names of both tools. The export writes the abbreviation,
/// which reads the same in both languages.
/// </summary>
public static class ConstraintText
{
    private static readonly (ConstraintType Type, string Abbreviation, string[] Names)[] Table =
    [
        (ConstraintType.AsSoonAsPossible, "ASAP", ["As soon as possible", "越早越好", "尽可能早", "无"]),
        (ConstraintType.AsLateAsPossible, "ALAP", ["As late as possible", "越晚越好", "尽可能晚"]),
        (ConstraintType.StartOn, "MSO", ["Must start on", "Start on", "必须开始于", "开始于"]),
        (ConstraintType.FinishOn, "MFO", ["Must finish on", "Finish on", "必须完成于", "完成于"]),
        (ConstraintType.StartNoEarlierThan, "SNET", ["Start no earlier than", "Start on or after", "不得早于开始", "不得早于...开始", "开始不早于"]),
        (ConstraintType.StartNoLaterThan, "SNLT", ["Start no later than", "Start on or before", "不得晚于开始", "不得晚于...开始", "开始不晚于"]),
        (ConstraintType.FinishNoEarlierThan, "FNET", ["Finish no earlier than", "Finish on or after", "不得早于完成", "不得早于...完成", "完成不早于"]),
        (ConstraintType.FinishNoLaterThan, "FNLT", ["Finish no later than", "Finish on or before", "不得晚于完成", "不得晚于...完成", "完成不晚于"]),
        (ConstraintType.MandatoryStart, "MANDSTART", ["Mandatory start", "强制开始"]),
        (ConstraintType.MandatoryFinish, "MANDFIN", ["Mandatory finish", "强制完成"]),
    ];

    private static readonly Dictionary<string, ConstraintType> ByKey = BuildKeys();

    /// <summary>The abbreviations, for error messages and the instructions sheet.</summary>
    public static string Choices => string.Join(", ", Table.Select(t => t.Abbreviation));

    public static ConstraintType? Parse(string text) => ByKey.TryGetValue(Key(text), out var type) ? type : null;

    public static string Format(ConstraintType type) => Table.First(t => t.Type == type).Abbreviation;

    /// <summary>Each type with its names, for the instructions sheet.</summary>
    public static IEnumerable<string> Describe() => Table.Select(t => t.Abbreviation + ": " + string.Join(" / ", t.Names));

    private static Dictionary<string, ConstraintType> BuildKeys()
    {
        var keys = new Dictionary<string, ConstraintType>(StringComparer.Ordinal);
        foreach (var (type, abbreviation, names) in Table)
        {
            keys[Key(abbreviation)] = type;
            foreach (string name in names)
            {
                keys[Key(name)] = type;
            }
        }

        return keys;
    }

    private static string Key(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
