using System.Globalization;
using Gantry.Interchange.Excel;

namespace Gantry.Interchange.Costs;

/// <summary>
/// The cost-record import sheet: a template to download and the reader for a filled one. Columns are
/// found by their header (Chinese, English or both as in the template), so a user may reorder them;
/// rows with every cell empty are skipped, because Excel users leave gaps.
/// </summary>
public static class CostSheet
{
    public const string SheetName = "成本记录 Costs";

    /// <summary>Bilingual headers: the template writes both, the reader accepts either half or the whole.</summary>
    public static readonly IReadOnlyDictionary<CostSheetColumn, (string Chinese, string English)> Headers =
        new Dictionary<CostSheetColumn, (string, string)>
        {
            [CostSheetColumn.Kind] = ("类型", "Kind"),
            [CostSheetColumn.Date] = ("日期", "Date"),
            [CostSheetColumn.Wbs] = ("WBS编码", "WBS code"),
            [CostSheetColumn.CostCode] = ("成本科目", "Cost code"),
            [CostSheetColumn.Contract] = ("合同编号", "Contract code"),
            [CostSheetColumn.Description] = ("摘要", "Description"),
            [CostSheetColumn.Amount] = ("金额(含税)", "Amount incl. VAT"),
            [CostSheetColumn.VatRate] = ("税率%", "VAT %"),
        };

    private static readonly CostSheetColumn[] Required =
        [CostSheetColumn.Kind, CostSheetColumn.Date, CostSheetColumn.CostCode, CostSheetColumn.Description, CostSheetColumn.Amount];

    public static string Header(CostSheetColumn column) => Headers[column].Chinese + " " + Headers[column].English;

    /// <summary>The empty template plus a sheet listing the project's cost codes and WBS codes to choose from.</summary>
    public static void WriteTemplate(Stream stream, IEnumerable<(string Code, string Name)> costCodes, IEnumerable<(string Code, string Name)> wbs)
    {
        XlsxWriter.Write(stream,
        [
            new XlsxSheet
            {
                Name = SheetName,
                Columns = Enum.GetValues<CostSheetColumn>().Select(c => new XlsxColumn(Header(c), c == CostSheetColumn.Description ? 30 : 16)).ToList(),
            },
            new XlsxSheet
            {
                Name = "科目 Codes",
                Columns = [new XlsxColumn("成本科目 Cost code", 14), new XlsxColumn("名称 Name", 24)],
                Rows = costCodes.Select(c => new object?[] { c.Code, c.Name }).ToList(),
            },
            new XlsxSheet
            {
                Name = "WBS",
                Columns = [new XlsxColumn("WBS编码 WBS code", 14), new XlsxColumn("名称 Name", 30)],
                Rows = wbs.Select(w => new object?[] { w.Code, w.Name }).ToList(),
            },
        ]);
    }

    /// <summary>Reads the first sheet. A missing required column is one problem on row 1; bad cells are problems on their row.</summary>
    public static CostSheetContent Read(Stream stream, string source)
    {
        var sheet = ExcelWorkbookReader.Read(stream, source).FirstOrDefault();
        var problems = new List<CostSheetProblem>();
        var rows = new List<CostSheetRow>();
        if (sheet is null || sheet.Rows.Count == 0)
        {
            return new CostSheetContent(rows, problems, new Dictionary<CostSheetColumn, string>());
        }

        var headerRow = sheet.Rows.Keys.First();
        var columns = FindColumns(sheet.Rows[headerRow]);
        var letters = columns.ToDictionary(c => c.Key, c => ExcelSheet.ColumnLetters(c.Value));
        foreach (var missing in Required.Where(c => !columns.ContainsKey(c)))
        {
            problems.Add(new CostSheetProblem(headerRow, "-", missing, CostSheetTexts.Get("MissingColumn", Header(missing))));
        }

        if (problems.Count > 0)
        {
            return new CostSheetContent(rows, problems, letters);
        }

        foreach (var (number, cells) in sheet.Rows.Where(r => r.Key > headerRow))
        {
            if (cells.Values.All(c => c.IsEmpty))
            {
                continue;
            }

            ExcelCell? Cell(CostSheetColumn c) => columns.TryGetValue(c, out var index) && cells.TryGetValue(index, out var cell) ? cell : null;
            string? Text(CostSheetColumn c) => Cell(c) is { IsEmpty: false } cell ? cell.Text.Trim() : null;
            void Problem(CostSheetColumn c, string key) =>
                problems.Add(new CostSheetProblem(number, ExcelSheet.ColumnLetters(columns[c]), c, CostSheetTexts.Get(key)));

            DateOnly? date = null;
            if (Cell(CostSheetColumn.Date) is { IsEmpty: false } dateCell)
            {
                date = ReadDate(dateCell);
                if (date is null)
                {
                    Problem(CostSheetColumn.Date, "BadDate");
                }
            }

            decimal? Number(CostSheetColumn c)
            {
                if (Cell(c) is not { IsEmpty: false } cell)
                {
                    return null;
                }

                var value = ReadNumber(cell);
                if (value is null)
                {
                    Problem(c, "BadNumber");
                }

                return value;
            }

            var amount = Number(CostSheetColumn.Amount);
            var vat = Number(CostSheetColumn.VatRate);
            rows.Add(new CostSheetRow(number, Text(CostSheetColumn.Kind), date, Text(CostSheetColumn.Wbs), Text(CostSheetColumn.CostCode),
                Text(CostSheetColumn.Contract), Text(CostSheetColumn.Description), amount,
                vat is { } rate && Cell(CostSheetColumn.VatRate) is { IsPercent: false } ? rate / 100m : vat));
        }

        return new CostSheetContent(rows, problems, letters);
    }

    private static Dictionary<CostSheetColumn, int> FindColumns(Dictionary<int, ExcelCell> header)
    {
        var found = new Dictionary<CostSheetColumn, int>();
        foreach (var (index, cell) in header)
        {
            var text = cell.Text.Trim();
            foreach (var (column, (chinese, english)) in Headers)
            {
                if (text.Equals(Header(column), StringComparison.OrdinalIgnoreCase) || text.Equals(chinese, StringComparison.OrdinalIgnoreCase)
                    || text.Equals(english, StringComparison.OrdinalIgnoreCase))
                {
                    found.TryAdd(column, index);
                }
            }
        }

        return found;
    }

    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];

    private static DateOnly? ReadDate(ExcelCell cell)
    {
        if (cell.Number is { } serial)
        {
            // Excel's 1900 date system; OADate carries its leap-year quirk.
            return serial is >= 1 and < 2_958_466 ? DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial))) : null;
        }

        return DateOnly.TryParseExact(cell.Text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static decimal? ReadNumber(ExcelCell cell)
    {
        if (cell.Number is { } n)
        {
            return Math.Abs(n) < 1e15 ? Math.Round((decimal)n, 6) : null;
        }

        var text = cell.Text.Trim().TrimStart('¥', '￥').TrimEnd('%', '％').Trim();
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
