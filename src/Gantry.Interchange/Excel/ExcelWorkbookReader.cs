using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gantry.Interchange.Excel;

/// <summary>
/// Reads every worksheet of an .xlsx into <see cref="ExcelSheet"/>s with OpenXmlReader (streaming,
/// so a large sheet is not held twice). Shared strings, inline strings, booleans and numbers are
/// resolved; a number's style says whether it is a percent. A file that is not a workbook is an
/// <see cref="InterchangeException"/> naming the source.
/// </summary>
public static class ExcelWorkbookReader
{
    public static List<ExcelSheet> Read(Stream stream, string source)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException(InterchangeText.Get("NoWorkbookPart"));
            var strings = SharedStrings(workbook);
            var (percentStyles, timeStyles) = StyleKinds(workbook);
            var sheets = new List<ExcelSheet>();
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is { } relationship && workbook.GetPartById(relationship) is WorksheetPart part)
                {
                    sheets.Add(new ExcelSheet(sheet.Name?.Value ?? string.Empty, ReadRows(part, strings, percentStyles, timeStyles)));
                }
            }

            return sheets;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            throw new InterchangeException(ExcelTexts.Format("NotAWorkbook", ex.Message), source, null, null, null, ex);
        }
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var list = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return list;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                list.Add(((SharedStringItem)reader.LoadCurrentElement()!).InnerText);
            }
        }

        return list;
    }

    /// <summary>
    /// Style indexes whose number format shows a percent (built-in 9 and 10, or a custom code with
    /// '%') and those that show a time of day (built-in 18–22 and 45–47, or a custom code with 'h').
    /// </summary>
    private static (HashSet<uint> Percent, HashSet<uint> Time) StyleKinds(WorkbookPart workbook)
    {
        var percent = new HashSet<uint>();
        var time = new HashSet<uint>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is not { } formats)
        {
            return (percent, time);
        }

        var customPercent = new HashSet<uint>();
        var customTime = new HashSet<uint>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
            {
                if (code.Contains('%', StringComparison.Ordinal))
                {
                    customPercent.Add(id);
                }

                if (code.Contains('h', StringComparison.OrdinalIgnoreCase))
                {
                    customTime.Add(id);
                }
            }
        }

        uint index = 0;
        foreach (var cellFormat in formats.Elements<CellFormat>())
        {
            uint numberFormat = cellFormat.NumberFormatId?.Value ?? 0;
            if (numberFormat is 9 or 10 || customPercent.Contains(numberFormat))
            {
                percent.Add(index);
            }

            if (numberFormat is (>= 18 and <= 22) or (>= 45 and <= 47) || customTime.Contains(numberFormat))
            {
                time.Add(index);
            }

            index++;
        }

        return (percent, time);
    }

    private static SortedDictionary<int, Dictionary<int, ExcelCell>> ReadRows(WorksheetPart part, List<string> strings, HashSet<uint> percentStyles, HashSet<uint> timeStyles)
    {
        var rows = new SortedDictionary<int, Dictionary<int, ExcelCell>>();
        int rowNumber = 0;
        int nextColumn = 1;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(Row))
            {
                // A row without r= follows the previous one, as the format allows.
                var r = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                rowNumber = int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : rowNumber + 1;
                nextColumn = 1;
            }
            else if (reader.ElementType == typeof(Cell))
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                int column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : nextColumn;
                nextColumn = column + 1;
                var value = Value(cell, strings, percentStyles, timeStyles);
                if (!value.IsEmpty)
                {
                    if (!rows.TryGetValue(rowNumber, out var cells))
                    {
                        cells = [];
                        rows[rowNumber] = cells;
                    }

                    cells[column] = value;
                }
            }
        }

        return rows;
    }

    private static ExcelCell Value(Cell cell, List<string> strings, HashSet<uint> percentStyles, HashSet<uint> timeStyles)
    {
        string raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i < strings.Count
                ? new ExcelCell(strings[i], null, false)
                : new ExcelCell(string.Empty, null, false);
        }

        if (type == CellValues.InlineString)
        {
            return new ExcelCell(cell.InlineString?.InnerText ?? string.Empty, null, false);
        }

        if (type == CellValues.Boolean)
        {
            return new ExcelCell(raw == "1" ? "TRUE" : "FALSE", null, false);
        }

        if (type == CellValues.String || type == CellValues.Error || type == CellValues.Date)
        {
            return new ExcelCell(raw, null, false);
        }

        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
            ? new ExcelCell(raw, number, cell.StyleIndex?.Value is { } s && percentStyles.Contains(s), cell.StyleIndex?.Value is { } t && timeStyles.Contains(t))
            : new ExcelCell(raw, null, false);
    }

    /// <summary>Column number of a reference such as "AB12" (A = 1).</summary>
    private static int ColumnOf(string reference)
    {
        int column = 0;
        foreach (char c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                column = (column * 26) + (c - 'a' + 1);
            }
            else
            {
                break;
            }
        }

        return column;
    }
}
