using Gantry.Scheduling;

namespace Gantry.Interchange.Excel;

/// <summary>
/// Activity types in P6's and MS Project's words, English or Chinese. An empty type is a task, or
/// a finish milestone when the duration is zero (MS Project turns a zero-duration task into a milestone).
/// </summary>
public static class ActivityTypeText
{
    private static readonly (ActivityType Type, string English, string[] Names)[] Table =
    [
        (ActivityType.Task, "Task", ["Task dependent", "任务", "作业", "任务相关"]),
        (ActivityType.StartMilestone, "Start milestone", ["开始里程碑"]),
        (ActivityType.FinishMilestone, "Finish milestone", ["Milestone", "完成里程碑", "里程碑"]),
        (ActivityType.LevelOfEffort, "Level of effort", ["LOE", "Hammock", "配合作业", "投入水平", "汇总任务"]),
        (ActivityType.WbsSummary, "WBS summary", ["WBS汇总", "WBS摘要"]),
        (ActivityType.ResourceDependent, "Resource dependent", ["资源相关", "资源依赖"]),
    ];

    private static readonly Dictionary<string, ActivityType> ByKey = BuildKeys();

    public static string Choices => string.Join(", ", Table.Select(t => t.English + " (" + t.Names[^1] + ")"));

    public static ActivityType? Parse(string text) => ByKey.TryGetValue(Key(text), out var type) ? type : null;

    public static string Format(ActivityType type) => Table.First(t => t.Type == type).English;

    private static Dictionary<string, ActivityType> BuildKeys()
    {
        var keys = new Dictionary<string, ActivityType>(StringComparer.Ordinal);
        foreach (var (type, english, names) in Table)
        {
            keys[Key(english)] = type;
            foreach (string name in names)
            {
                keys[Key(name)] = type;
            }
        }

        return keys;
    }

    private static string Key(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
