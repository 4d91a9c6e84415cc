namespace Gantry.Interchange.Tests.Oracle;

/// <summary>
/// The one place where an activity may differ from the tool that wrote the oracle file, each with
/// its reason: a documented behaviour of that tool Gantry deliberately does not copy, or a file
/// whose own inputs contradict its stored dates. Anything not listed here is a bug to fix.
/// </summary>
public static class AllowedMismatches
{
    private const string ResourceCalendars =
        "MS Project schedules each assignment on its resource's own calendar (Brian Leach works the " +
        "'Night Shift' calendar) and with work contours, and the task spans its assignments; Gantry " +
        "schedules an activity on its task calendar and does not contour assignments.";

    private const string InconsistentDuration =
        "the file contradicts itself: 'Second Task' (UID 2) stores Duration and RemainingDuration " +
        "PT800H, but its stored Start and Finish are 400 working hours apart on the Standard calendar; " +
        "scheduling its 800 hours moves the project finish and with it every late date. With the " +
        "duration set to 400 hours all 19 compared tasks match MS Project (checked with the engine).";

    /// <summary>(file name, activity id) → reason.</summary>
    public static IReadOnlyDictionary<(string File, string ActivityId), string> Reasons { get; } = Build();

    public static string? ReasonFor(string file, string activityId) =>
        Reasons.TryGetValue((file, activityId), out var reason) ? reason : null;

    private static Dictionary<(string File, string ActivityId), string> Build()
    {
        var reasons = new Dictionary<(string File, string ActivityId), string>
        {
            [("mspdiresource.xml", "2")] = ResourceCalendars,
            [("mspdiresource.xml", "3")] = ResourceCalendars,
        };
        foreach (var uid in new[] { "1", "2", "3", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21" })
        {
            reasons[("legacy-sample.xml", uid)] = InconsistentDuration;
        }

        return reasons;
    }
}
