using Gantry.Scheduling;

namespace Gantry.Interchange.Health;

/// <summary>DCMA points 5 to 8: constraints, float and duration of the incomplete tasks.</summary>
internal static class FloatAndDurationChecks
{
    /// <summary>DCMA's working-day limit for high float and high duration (about two months).</summary>
    private const int LimitDays = 44;

    /// <summary>
    /// 5. Hard constraints: those that stop logic from moving a date either way or cap it — must
    /// start/finish on, start/finish no later than (DCMA's list), and P6's mandatory start/finish.
    /// Both the primary and the secondary constraint count.
    /// </summary>
    public static HealthCheckResult HardConstraints(HealthContext c)
    {
        var offenders = c.IncompleteTasks.Where(a => IsHard(a.PrimaryConstraint.Type) || IsHard(a.SecondaryConstraint.Type)).Select(HealthContext.Code).ToList();
        return HealthResults.Share(HealthMetric.HardConstraints, offenders, c.IncompleteTasks.Count, 5, HealthTexts.Get("NoIncompleteTasks"));
    }

    /// <summary>6. Total float over 44 working days of the task's calendar: usually missing logic downstream.</summary>
    public static HealthCheckResult HighFloat(HealthContext c)
    {
        var offenders = c.IncompleteTasks.Where(a => c.Result[a.Id].TotalFloatMinutes is { } tf && tf > (long)LimitDays * c.MinutesPerDay(a)).Select(HealthContext.Code).ToList();
        return HealthResults.Share(HealthMetric.HighFloat, offenders, c.IncompleteTasks.Count, 5, HealthTexts.Get("NoIncompleteTasks"));
    }

    /// <summary>7. Negative total float: the schedule cannot meet a constraint or the must-finish date.</summary>
    public static HealthCheckResult NegativeFloat(HealthContext c)
    {
        var offenders = c.IncompleteTasks.Where(a => c.Result[a.Id].TotalFloatMinutes is < 0).Select(HealthContext.Code).ToList();
        return HealthResults.Share(HealthMetric.NegativeFloat, offenders, c.IncompleteTasks.Count, 0, HealthTexts.Get("NoIncompleteTasks"));
    }

    /// <summary>
    /// 8. Duration over 44 working days. DCMA reads the baseline duration; we read the original
    /// (planned) duration, which is the baseline's when the file keeps none apart.
    /// </summary>
    public static HealthCheckResult HighDuration(HealthContext c)
    {
        var offenders = c.IncompleteTasks.Where(a => a.OriginalDurationMinutes > (long)LimitDays * c.MinutesPerDay(a)).Select(HealthContext.Code).ToList();
        return HealthResults.Share(HealthMetric.HighDuration, offenders, c.IncompleteTasks.Count, 5, HealthTexts.Get("NoIncompleteTasks"));
    }

    private static bool IsHard(ConstraintType type) => type is ConstraintType.StartOn or ConstraintType.FinishOn
        or ConstraintType.StartNoLaterThan or ConstraintType.FinishNoLaterThan
        or ConstraintType.MandatoryStart or ConstraintType.MandatoryFinish;
}
