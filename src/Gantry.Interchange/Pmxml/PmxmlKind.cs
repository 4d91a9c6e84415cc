namespace Gantry.Interchange.Pmxml;

/// <summary>How a P6 XML element's text becomes an XER value.</summary>
internal enum PmxmlKind
{
    Text,
    Id,
    OptionalId,

    /// <summary>The record's project: its own ProjectObjectId, else the Project it sits in.</summary>
    ProjectId,
    Number,
    Percent,
    Date,
    Flag,

    /// <summary>An enumerated word turned into its XER code with <see cref="PmxmlColumn.Words"/>.</summary>
    Code,
}
