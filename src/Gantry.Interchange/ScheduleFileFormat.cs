namespace Gantry.Interchange;

/// <summary>The schedule file formats Gantry reads.</summary>
public enum ScheduleFileFormat
{
    Unknown,

    /// <summary>Primavera P6 XER (tab-separated tables).</summary>
    Xer,

    /// <summary>Microsoft Project XML (MSPDI).</summary>
    Mspdi,
}
