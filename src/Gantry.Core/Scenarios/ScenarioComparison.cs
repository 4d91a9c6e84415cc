namespace Gantry.Core.Scenarios;

/// <summary>
/// A scenario against the live schedule as it is now. Differences are scenario minus live, in working
/// days of the project's default calendar: negative means the scenario is earlier.
/// </summary>
public sealed record ScenarioComparison(
    DateTime? LiveFinish,
    DateTime? ScenarioFinish,
    double? FinishDifferenceDays,
    int LiveCriticalCount,
    int ScenarioCriticalCount,
    IReadOnlyList<ActivityReference> BecameCritical,
    IReadOnlyList<ActivityReference> NoLongerCritical,
    IReadOnlyList<ActivityDifference> Activities,
    int UnchangedCount);

public sealed record ActivityReference(Guid Id, string Code, string Name);

/// <summary>One activity whose dates or criticality differ; the live or scenario half is empty when only one side has it.</summary>
public sealed record ActivityDifference(Guid Id, string Code, string Name, DateTime? LiveStart, DateTime? LiveFinish, DateTime? ScenarioStart,
    DateTime? ScenarioFinish, double? StartDifferenceDays, double? FinishDifferenceDays, bool? LiveCritical, bool? ScenarioCritical);
