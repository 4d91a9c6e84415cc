namespace Gantry.Interchange;

/// <summary>Whether an import note reports a value that was converted or a record that was left out.</summary>
public enum ImportNoteKind
{
    /// <summary>Read, but turned into something slightly different (a unit, a pinned manual task).</summary>
    Changed,

    /// <summary>Not taken into the schedule, with the reason.</summary>
    Skipped,
}
