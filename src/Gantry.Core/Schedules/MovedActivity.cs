namespace Gantry.Core.Schedules;

/// <summary>An activity whose bar moved in the last reschedule: the page redraws only these and shows what moved.</summary>
public sealed record MovedActivity(Guid Id, string Code, DateTime? OldStart, DateTime? OldFinish, DateTime? Start, DateTime? Finish);
