using Gantry.Interchange.Excel;
using Xunit;

namespace Gantry.Interchange.Tests.Excel;

/// <summary>Bad workbooks: every error names sheet, Excel row, column and value; nothing is imported.</summary>
public sealed class ExcelImportErrorTests
{
    private static readonly string[] Headers =
        ["Activity code", "Name", "Duration", "Remaining duration", "Calendar", "Predecessors", "Constraint", "Constraint date", "Actual start", "Actual finish", "Percent complete", "Budget", "Type", "Planned start"];

    /// <summary>Row 2 is a good activity A1; row 3 gets <paramref name="value"/> in <paramref name="column"/>.</summary>
    [Theory]
    [InlineData("Duration", "5x", "not a duration")]
    [InlineData("Duration", "-1d", "cannot be negative")]
    [InlineData("Remaining duration", "soon", "not a duration")]
    [InlineData("Calendar", "Moon", "unknown calendar")]
    [InlineData("Predecessors", "A1FS+2x", "is not a predecessor")]
    [InlineData("Predecessors", "ZZZ", "'ZZZ' is not an activity code")]
    [InlineData("Predecessors", "B2", "its own predecessor")]
    [InlineData("Predecessors", "A1, A1FS+1d", "listed twice")]
    [InlineData("Constraint", "XYZ", "unknown constraint")]
    [InlineData("Constraint", "SNET", "needs a date")]
    [InlineData("Constraint date", "2026-03-04", "needs a constraint type")]
    [InlineData("Planned start", "32/13/2026", "not a date")]
    [InlineData("Planned start", "1850-01-01", "outside the years")]
    [InlineData("Percent complete", "150", "from 0 to 100")]
    [InlineData("Budget", "abc", "not a number")]
    [InlineData("Budget", "-5", "cannot be negative")]
    [InlineData("Type", "Foo", "unknown activity type")]
    [InlineData("Actual finish", "2026-03-05", "needs an actual start")]
    [InlineData("Activity code", "A1", "already used on row 2")]
    public void EachBadCellIsReportedWithSheetRowColumnAndValue(string column, string value, string problem)
    {
        var bad = new object?[Headers.Length];
        bad[0] = "B2";
        bad[1] = "second";
        bad[2] = "5d";
        bad[Array.IndexOf(Headers, column)] = value;

        var import = TestWorkbook.InCulture("en", () => TestWorkbook.Import(Headers, [["A1", "first", "1d"], bad]));

        Assert.False(import.Succeeded);
        Assert.Null(import.Schedule);
        var error = Assert.Single(import.Errors);
        Assert.Equal(("Activities", 3, column, value), (error.Sheet, error.Row, error.Column, error.Value));
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith("sheet 'Activities', row 3, column '" + column + "', value '" + value + "'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnActualFinishBeforeTheActualStartIsAnError()
    {
        var import = TestWorkbook.InCulture("en", () => TestWorkbook.Import(["Activity code", "Name", "Duration", "Actual start", "Actual finish"], [["A1", "one", "1d", "2026-03-05", "2026-03-04"]]));

        Assert.Contains("before the actual start", Assert.Single(import.Errors).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyCodeOnAFilledRowIsAnError()
    {
        var import = TestWorkbook.InCulture("en", () => TestWorkbook.Import(["Activity code", "Name", "Duration"], [["A1", "one", "1d"], [null, "orphan", "2d"]]));

        var error = Assert.Single(import.Errors);
        Assert.Equal((3, "Activity code"), (error.Row, error.Column));
        Assert.Contains("empty", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AllErrorsAreCollectedAndNothingIsImported()
    {
        var import = TestWorkbook.InCulture("en", () => TestWorkbook.Import(["Activity code", "Name", "Duration", "Calendar"], [["A1", "one", "x", null], ["A2", "two", "1d", "Moon"], ["A3", "three", "1d", null]]));

        Assert.Equal([2, 3], import.Errors.Select(e => e.Row!.Value));
        var thrown = Assert.Throws<InterchangeException>(() => TestWorkbook.InCulture("en", import.ScheduleOrThrow));
        Assert.StartsWith("test.xlsx: 2 error(s) in the workbook, nothing was imported. First: sheet 'Activities', row 2", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorsAreInChineseWhenTheUserInterfaceIsChinese()
    {
        var import = TestWorkbook.InCulture("zh-Hans", () => TestWorkbook.Import(["作业代码", "作业名称", "工期"], [["A1", "开工", "五天"]]));

        Assert.Equal("工作表“Activities”第 2 行“工期”列，值“五天”：不是工期：请写 5d、4h、2w 或 5（天）", TestWorkbook.InCulture("zh-Hans", () => Assert.Single(import.Errors).ToString()));
    }

    [Fact]
    public void MissingRequiredColumnsAreNamed()
    {
        var import = TestWorkbook.InCulture("en", () => TestWorkbook.Import(["Activity code"], [["A1"]]));

        Assert.Equal(["the activity table has no '作业名称 / Activity name' column", "the activity table has no '原定工期 / Duration' column"], import.Errors.Select(e => e.Problem));
    }

    [Fact]
    public void ARepeatedColumnIsAnError()
    {
        var import = TestWorkbook.InCulture("en", () => TestWorkbook.Import(["Activity code", "Name", "Duration", "工期"], [["A1", "one", "1d", "2d"]]));

        Assert.Contains("appears twice", Assert.Single(import.Errors).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AWorkbookWithoutAnActivityTableIsAnError()
    {
        var import = TestWorkbook.InCulture("en", () => TestWorkbook.Import(["Something", "Else"], [["a", "b"]]));

        Assert.Contains("no sheet has an activity table", Assert.Single(import.Errors).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyActivityTableIsAnError()
    {
        var import = TestWorkbook.InCulture("en", () => TestWorkbook.Import(["Activity code", "Name", "Duration"], []));

        Assert.Contains("has no activities", Assert.Single(import.Errors).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NoProjectStartAnywhereIsAnError()
    {
        var import = TestWorkbook.InCulture("en", () => TestWorkbook.Import(["Activity code", "Name", "Duration"], [["A1", "one", "1d"]], withProjectSheet: false));

        Assert.Contains("no project start", Assert.Single(import.Errors).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNotAWorkbookIsAClearError()
    {
        using var stream = new MemoryStream("ERMHDR\t8.0\nnot a zip"u8.ToArray());

        var error = Assert.Throws<InterchangeException>(() => TestWorkbook.InCulture("en", () => ExcelScheduleReader.Read(stream, "plan.xlsx")));

        Assert.StartsWith("plan.xlsx: the file is not an Excel .xlsx workbook", error.Message, StringComparison.Ordinal);
    }
}
