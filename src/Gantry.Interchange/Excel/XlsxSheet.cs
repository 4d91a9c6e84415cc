namespace Gantry.Interchange.Excel;

/// <summary>
/// A sheet to write: a header row and data rows. Values are <see cref="string"/>, <see cref="double"/>,
/// <see cref="decimal"/> (money), <see cref="DateTime"/> (a date cell) or null (an empty cell).
/// A table sheet gets a frozen, filtered header; a text sheet (instructions) is plain lines.
/// </summary>
public sealed class XlsxSheet
{
    public required string Name { get; init; }

    public required IReadOnlyList<XlsxColumn> Columns { get; init; }

    public IReadOnlyList<object?[]> Rows { get; init; } = [];

    /// <summary>Bold header, frozen below it, with an autofilter over the table.</summary>
    public bool IsTable { get; init; } = true;
}
