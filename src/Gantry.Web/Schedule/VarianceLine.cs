namespace Gantry.Web.Schedule;

/// <summary>
/// One row of the variance table in days. Variances follow P6 (baseline minus current), so a
/// negative start or finish variance means later than planned; null where the baseline has no date.
/// </summary>
public sealed record VarianceLine(Guid Id, string Code, string Name, DateTime? BaselineStart, DateTime? BaselineFinish, DateTime? Start,
    DateTime? Finish, double? StartVarianceDays, double? FinishVarianceDays, double? DurationVarianceDays)
{
    /// <summary>True when any of the three variances is not zero: what "changed only" keeps.</summary>
    public bool Varies => StartVarianceDays is not (null or 0) || FinishVarianceDays is not (null or 0) || DurationVarianceDays is not (null or 0);
}
