using Gantry.Interchange.Excel;

namespace Gantry.Web.Api;

/// <summary>Writes a list or summary as an .xlsx download with the shared OpenXml writer (frozen, filtered header).</summary>
public static class ExcelDownload
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IResult File(string fileName, string sheetName, IReadOnlyList<(string Header, double Width)> columns,
        IEnumerable<object?[]> rows)
    {
        var stream = new MemoryStream();
        XlsxWriter.Write(stream, [new XlsxSheet
        {
            Name = sheetName,
            Columns = columns.Select(c => new XlsxColumn(c.Header, c.Width)).ToList(),
            Rows = rows.ToList(),
        }]);
        stream.Position = 0;
        return Results.File(stream, ContentType, fileName);
    }
}
