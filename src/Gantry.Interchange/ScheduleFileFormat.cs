namespace Gantry.Interchange;

/// <summary>The schedule file formats Gantry reads.</summary>
public enum ScheduleFileFormat
{
    Unknown,

    /// <summary>Primavera P6 XER (tab-separated tables).</summary>
    Xer,

    /// <summary>Primavera P6 XML (PMXML, root <c>APIBusinessObjects</c>).</summary>
    Pmxml,

    /// <summary>Microsoft Project XML (MSPDI).</summary>
    Mspdi,
}
