namespace Gantry.Core.Scenarios;

/// <summary>A recorded change with the codes and names it refers to, so a list can say it in words.</summary>
public sealed record ScenarioChangeView(int Sequence, ScenarioChange Change, string? ActivityCode, string? PredecessorCode, string? SuccessorCode,
    string? CalendarName);
