using Gantry.Core.Schedules;

namespace Gantry.Core.Plans;

/// <summary>
/// The answer to "apply to master": the activities whose progress was updated, the ones that moved in
/// the reschedules (first old dates, last new dates) and the project finish afterwards.
/// </summary>
public sealed record PlanApplyResult(IReadOnlyList<AppliedProgress> Applied, IReadOnlyList<MovedActivity> Moved, DateTime? Finish,
    int Revision);
