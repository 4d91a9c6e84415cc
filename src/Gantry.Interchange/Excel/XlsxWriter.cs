using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gantry.Interchange.Excel;

/// <summary>
/// Writes sheets into an .xlsx with DocumentFormat.OpenXml: shared strings, a small stylesheet
/// (bold shaded header, date, money), real cell types, column widths, a frozen header row and an
/// autofilter, which is what Excel and WPS need to open the file without a repair prompt.
/// </summary>
public static class XlsxWriter
{
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint MoneyStyle = 3;
    private const uint DateFormatId = 164;

    public static void Write(Stream stream, IReadOnlyList<XlsxSheet> sheets)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = Styles();
        var strings = new SharedStrings();
        var sheetList = new Sheets();
        var definedNames = new DefinedNames();
        uint sheetId = 1;
        foreach (var sheet in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            WriteWorksheet(part, sheet, strings);
            sheetList.Append(new Sheet { Name = sheet.Name, SheetId = sheetId, Id = workbookPart.GetIdOfPart(part) });
            if (sheet.IsTable && sheet.Columns.Count > 0)
            {
                // Excel keeps the filtered range as this hidden name; without it some versions drop the filter.
                definedNames.Append(new DefinedName(AbsoluteRange(sheet)) { Name = "_xlnm._FilterDatabase", LocalSheetId = sheetId - 1, Hidden = true });
            }

            sheetId++;
        }

        workbookPart.Workbook.Append(sheetList);
        if (definedNames.HasChildren)
        {
            workbookPart.Workbook.Append(definedNames);
        }

        strings.Write(workbookPart.AddNewPart<SharedStringTablePart>());
        workbookPart.Workbook.Save();
    }

    /// <summary>Streams the sheet with OpenXmlWriter: rows are written as they are made, never held as a tree.</summary>
    private static void WriteWorksheet(WorksheetPart part, XlsxSheet sheet, SharedStrings strings)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        if (sheet.IsTable)
        {
            var pane = new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen };
            writer.WriteElement(new SheetViews(new SheetView(pane, new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>(["A2"]) }) { WorkbookViewId = 0 }));
        }

        if (sheet.Columns.Count > 0)
        {
            var columns = new Columns();
            for (int i = 0; i < sheet.Columns.Count; i++)
            {
                columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = sheet.Columns[i].Width, CustomWidth = true });
            }

            writer.WriteElement(columns);
        }

        writer.WriteStartElement(new SheetData());
        uint rowNumber = 1;
        if (sheet.IsTable)
        {
            var header = new Row { RowIndex = rowNumber++ };
            for (int c = 0; c < sheet.Columns.Count; c++)
            {
                header.Append(TextCell(Reference(c, 1), sheet.Columns[c].Header, strings, HeaderStyle));
            }

            writer.WriteElement(header);
        }

        foreach (var values in sheet.Rows)
        {
            var row = new Row { RowIndex = rowNumber };
            for (int c = 0; c < values.Length && c < Math.Max(1, sheet.Columns.Count); c++)
            {
                if (Cell(Reference(c, rowNumber), values[c], strings) is { } cell)
                {
                    row.Append(cell);
                }
            }

            writer.WriteElement(row);
            rowNumber++;
        }

        writer.WriteEndElement();
        if (sheet.IsTable && sheet.Columns.Count > 0)
        {
            writer.WriteElement(new AutoFilter { Reference = Reference(0, 1) + ":" + Reference(sheet.Columns.Count - 1, (uint)Math.Max(1, sheet.Rows.Count + 1)) });
        }

        writer.WriteEndElement();
    }

    private static Cell? Cell(string reference, object? value, SharedStrings strings) => value switch
    {
        null => null,
        string text => text.Length == 0 ? null : TextCell(reference, text, strings, 0),
        DateTime date => NumberCell(reference, date.ToOADate(), DateStyle),
        decimal money => new Cell { CellReference = reference, CellValue = new CellValue(money.ToString(CultureInfo.InvariantCulture)), StyleIndex = MoneyStyle },
        double number => double.IsFinite(number) ? NumberCell(reference, number, 0) : null,
        long number => NumberCell(reference, number, 0),
        int number => NumberCell(reference, number, 0),
        _ => TextCell(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, strings, 0),
    };

    private static Cell NumberCell(string reference, double number, uint style)
    {
        var cell = new Cell { CellReference = reference, CellValue = new CellValue(number.ToString("R", CultureInfo.InvariantCulture)) };
        if (style != 0)
        {
            cell.StyleIndex = style;
        }

        return cell;
    }

    private static Cell TextCell(string reference, string text, SharedStrings strings, uint style)
    {
        var cell = new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.Index(text).ToString(CultureInfo.InvariantCulture)) };
        if (style != 0)
        {
            cell.StyleIndex = style;
        }

        return cell;
    }

    private static string Reference(int column, uint row) => ExcelSheet.ColumnLetters(column + 1) + row.ToString(CultureInfo.InvariantCulture);

    private static string AbsoluteRange(XlsxSheet sheet)
    {
        string name = "'" + sheet.Name.Replace("'", "''", StringComparison.Ordinal) + "'";
        string last = ExcelSheet.ColumnLetters(sheet.Columns.Count);
        return name + "!$A$1:$" + last + "$" + Math.Max(1, sheet.Rows.Count + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>0 default, 1 header (bold, shaded, wrapped), 2 date-time, 3 money.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }) { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = DateFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 4, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }) { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>
    /// The text with characters XML cannot hold (control characters some P6 names carry, lone
    /// surrogates) shown as U+FFFD: writing them would make a file Excel refuses to open.
    /// </summary>
    internal static string XmlSafe(string text)
    {
        StringBuilder? safe = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            bool ok = pair || XmlConvert.IsXmlChar(c);
            if (!ok && safe == null)
            {
                safe = new StringBuilder(text.Length).Append(text, 0, i);
            }

            if (safe != null)
            {
                safe.Append(ok ? c : '\uFFFD');
                if (pair)
                {
                    safe.Append(text[i + 1]);
                }
            }

            if (pair)
            {
                i++;
            }
        }

        return safe?.ToString() ?? text;
    }

    /// <summary>Each distinct text once, by first use.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
        private readonly List<string> texts = [];

        public int Index(string text)
        {
            text = XmlSafe(text);
            if (!index.TryGetValue(text, out int i))
            {
                i = texts.Count;
                index[text] = i;
                texts.Add(text);
            }

            return i;
        }

        public void Write(SharedStringTablePart part)
        {
            using var writer = OpenXmlWriter.Create(part);
            writer.WriteStartElement(new SharedStringTable { Count = (uint)texts.Count, UniqueCount = (uint)texts.Count });
            foreach (string text in texts)
            {
                // Keep leading and trailing spaces: without xml:space="preserve" Excel trims them.
                var t = new Text(text);
                if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
                {
                    t.Space = SpaceProcessingModeValues.Preserve;
                }

                writer.WriteElement(new SharedStringItem(t));
            }

            writer.WriteEndElement();
        }
    }
}
