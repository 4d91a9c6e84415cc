namespace Gantry.Scheduling;

/// <summary>
/// A constraint type with its date. Every type except as-soon/as-late-as-possible needs a date,
/// so the constructor refuses a dated type without one: a silently dropped constraint would
/// hide a conflict the planner must see as negative float.
/// </summary>
public readonly record struct ScheduleConstraint
{
    public ScheduleConstraint(ConstraintType type, DateTime? date = null)
    {
        if (date is null && type is not (ConstraintType.AsSoonAsPossible or ConstraintType.AsLateAsPossible))
        {
            throw new ArgumentException($"Constraint {type} needs a date.", nameof(date));
        }

        Type = type;
        Date = date;
    }

    /// <summary>No constraint: schedule as soon as logic allows.</summary>
    public static ScheduleConstraint None => default;

    public ConstraintType Type { get; }

    /// <summary>Local wall-clock date and time; null only for the as-soon/as-late types.</summary>
    public DateTime? Date { get; }

    public bool IsNone => Type == ConstraintType.AsSoonAsPossible;
}
