using Gantry.Interchange.Excel;

namespace Gantry.Interchange.Tests.Excel;

/// <summary>Builds small workbooks in memory: an activity sheet with the given headers and rows, and optionally a project sheet.</summary>
public static class TestWorkbook
{
    public static readonly DateTime ProjectStart = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Unspecified);

    public static ExcelImport Import(string[] headers, object?[][] rows, bool withProjectSheet = true)
    {
        using var stream = Build(headers, rows, withProjectSheet);
        return ExcelScheduleReader.Read(stream, "test.xlsx");
    }

    public static MemoryStream Build(string[] headers, object?[][] rows, bool withProjectSheet = true)
    {
        var sheets = new List<XlsxSheet>
        {
            new() { Name = "Activities", Columns = [.. headers.Select(h => new XlsxColumn(h, 12))], Rows = rows },
        };
        if (withProjectSheet)
        {
            sheets.Add(new XlsxSheet
            {
                Name = "Project",
                IsTable = false,
                Columns = [new XlsxColumn(string.Empty, 20), new XlsxColumn(string.Empty, 20)],
                Rows = [["Project start", ProjectStart], ["Data date", ProjectStart]],
            });
        }

        var stream = new MemoryStream();
        XlsxWriter.Write(stream, sheets);
        stream.Position = 0;
        return stream;
    }

    /// <summary>Runs <paramref name="action"/> with the UI culture set, restoring it after.</summary>
    public static T InCulture<T>(string culture, Func<T> action)
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }
}
