namespace Gantry.Interchange.Xer;

/// <summary>The text encoding of a written XER.</summary>
public enum XerEncoding
{
    /// <summary>P6's default; holds Western European text only.</summary>
    Windows1252,

    /// <summary>Any text (Chinese names included), without a byte order mark; P6 reads it when told to.</summary>
    Utf8,
}
