using System.Globalization;

namespace Gantry.Interchange.Excel;

/// <summary>
/// One problem in an imported workbook, located as the user sees it in Excel: the sheet, the row
/// number at the left edge, the column header and the value in the cell. The text is in the user's
/// language (made when the error is found, from <see cref="CultureInfo.CurrentUICulture"/>).
/// </summary>
public sealed record ExcelImportError(string Sheet, int? Row, string? Column, string? Value, string Problem)
{
    public override string ToString()
    {
        if (Row is { } row)
        {
            return ExcelTexts.Format("CellError", Sheet, row.ToString(CultureInfo.InvariantCulture), Column ?? string.Empty, Value ?? string.Empty, Problem);
        }

        return Sheet.Length > 0 ? ExcelTexts.Format("SheetError", Sheet, Problem) : Problem;
    }
}
