namespace Gantry.Interchange.Tests.Oracle;

/// <summary>
/// The one place where an activity may differ from the tool that wrote the oracle file, each with
/// its reason: a documented behaviour of that tool Gantry deliberately does not copy, or a file
/// whose own inputs contradict its stored dates. Anything not listed here is a bug to fix.
/// </summary>
public static class AllowedMismatches
{
    /// <summary>(file name, activity id) → reason.</summary>
    public static IReadOnlyDictionary<(string File, string ActivityId), string> Reasons { get; } =
        new Dictionary<(string File, string ActivityId), string>();

    public static string? ReasonFor(string file, string activityId) =>
        Reasons.TryGetValue((file, activityId), out var reason) ? reason : null;
}
