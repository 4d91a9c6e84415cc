using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Gantry.Interchange.Excel;
using Gantry.Scheduling;
using Xunit;

namespace Gantry.Interchange.Tests.Excel;

/// <summary>The .xlsx export and template: valid Open XML, real cell types, frozen filtered header, and a lossless round trip.</summary>
public sealed class ExcelExportTests
{
    [Fact]
    public void TheExportIsValidOpenXmlWithDateCellsNumbersAFrozenHeaderAndAFilter()
    {
        var (schedule, details) = SampleSchedules.Mixed();
        var result = Scheduler.Schedule(schedule.Network, schedule.Options);
        using var stream = new MemoryStream();
        ExcelScheduleWriter.Write(stream, schedule, result, details);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(Validate(document));
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        Assert.Equal(ExcelScheduleWriter.ActivitySheetName, sheet.Name!.Value);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal((1.0, PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.State!.Value));
        Assert.Equal("A1:X9", worksheet.Elements<AutoFilter>().Single().Reference!.Value);
        Assert.Equal(24, worksheet.Descendants<Column>().Count(c => c.CustomWidth! && c.Width! > 5));

        // Row 4 is A1010: code as shared string, duration as a number of days, early start as a styled date serial.
        var row = worksheet.Descendants<Row>().Single(r => r.RowIndex! == 4);
        var cells = row.Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()));
        Assert.Equal(CellValues.SharedString, cells["B"].DataType!.Value);
        Assert.Null(cells["F"].DataType);
        Assert.Equal("5", cells["F"].CellValue!.Text);
        Assert.Null(cells["R"].DataType);
        Assert.Equal(result["A1010"].EarlyStart.ToOADate(), double.Parse(cells["R"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), 6);
        var dateFormat = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cells["R"].StyleIndex!.Value);
        var code = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == dateFormat.NumberFormatId!.Value);
        Assert.Equal("yyyy-mm-dd hh:mm", code.FormatCode!.Value);
    }

    [Fact]
    public void ExportThenImportGivesTheSameNetwork()
    {
        var (schedule, details) = SampleSchedules.Mixed();
        var result = Scheduler.Schedule(schedule.Network, schedule.Options);
        using var stream = new MemoryStream();
        ExcelScheduleWriter.Write(stream, schedule, result, details);
        stream.Position = 0;

        var import = ExcelScheduleReader.Read(stream, "round-trip.xlsx");

        Assert.True(import.Succeeded, string.Join("\n", import.Errors));
        var back = import.Schedule!;
        Assert.Equal(schedule.Network.Activities.Select(Describe), back.Network.Activities.Select(Describe));
        Assert.Equal(schedule.Network.Relationships.Select(Describe).Order(), back.Network.Relationships.Select(Describe).Order());
        Assert.Equal(
            (schedule.Options.ProjectStart, schedule.Options.DataDate, schedule.Options.MustFinishBy),
            (back.Options.ProjectStart, back.Options.DataDate, back.Options.MustFinishBy));
        var (sent, received) = (details.For("A1010")!, import.Details.For("A1010")!);
        Assert.Equal((sent.WbsCode, sent.Budget, sent.PlannedStart, sent.PlannedFinish), (received.WbsCode, received.Budget, received.PlannedStart, received.PlannedFinish));
        Assert.Equal(sent.Resources, received.Resources);
        Assert.Equal(80000m, import.Details.For("A1020")!.Budget);

        // The same network schedules to the same dates.
        var again = Scheduler.Schedule(back.Network, back.Options);
        Assert.Equal(result.Activities.Select(r => (r.Id, r.EarlyStart, r.EarlyFinish, r.LateFinish, r.TotalFloatMinutes)), again.Activities.Select(r => (r.Id, r.EarlyStart, r.EarlyFinish, r.LateFinish, r.TotalFloatMinutes)));
    }

    [Fact]
    public void TheP6ProgrammeExportsToValidOpenXml()
    {
        var opened = DetailedScheduleFile.Open(OracleFiles.P6Programme);
        var result = Scheduler.Schedule(opened.Schedule.Network, opened.Schedule.Options);
        using var stream = new MemoryStream();
        ExcelScheduleWriter.Write(stream, opened.Schedule, result, opened.Details);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(Validate(document));
        stream.Position = 0;
        var import = ExcelScheduleReader.Read(stream, "p6.xlsx", opened.Schedule.Calendars.Values);
        Assert.True(import.Succeeded, string.Join("\n", import.Errors.Take(5)));
        Assert.Equal(opened.Schedule.Network.Activities.Count, import.Schedule!.Network.Activities.Count);
        Assert.Equal(opened.Schedule.Network.Relationships.Count, import.Schedule.Network.Relationships.Count);
    }

    [Fact]
    public void TheTemplateIsValidAndItsHeadersAreTheImportersColumns()
    {
        using var stream = new MemoryStream();
        ExcelImportTemplate.Write(stream);

        stream.Position = 0;
        using (var document = SpreadsheetDocument.Open(stream, false))
        {
            Assert.Empty(Validate(document));
            Assert.Equal(["作业 Activities", "项目 Project", "说明 Instructions"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        }

        stream.Position = 0;
        var sheets = ExcelWorkbookReader.Read(stream, "template.xlsx");
        var headers = sheets[0].Rows[1].OrderBy(c => c.Key).Select(c => c.Value.Text).ToList();
        Assert.Equal(ExcelImportTemplate.Columns, headers.Select(h => ExcelHeaders.Find(h)!.Value));
        Assert.Contains("作业代码 / Activity code", headers);
        Assert.Contains(sheets[2].Rows.Values, r => r[1].Text.Contains("A1010FS+2d", StringComparison.Ordinal));
    }

    [Fact]
    public void ControlCharactersInNamesDoNotBreakTheWorkbook()
    {
        var sheet = new XlsxSheet { Name = "Activities", Columns = [new XlsxColumn("Activity code", 10), new XlsxColumn("Name", 10), new XlsxColumn("Duration", 10)], Rows = [["A1", "bell\u0007 and tab\t 😀", "1d"]] };
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, [sheet]);

        stream.Position = 0;
        var read = ExcelWorkbookReader.Read(stream, "x.xlsx");
        Assert.Equal("bell\uFFFD and tab\t 😀", read[0].Cell(2, 2)!.Text);
    }

    private static List<string> Validate(SpreadsheetDocument document) =>
        [.. new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010).Validate(document).Select(e => e.Path?.XPath + ": " + e.Description)];

    private static string Describe(ScheduleActivity a) => string.Join('|', a.Id, a.Code, a.Name, a.Type, a.CalendarId, a.OriginalDurationMinutes, a.RemainingDurationMinutes,
        a.PercentComplete, a.ActualStart, a.ActualFinish, a.PrimaryConstraint.Type, a.PrimaryConstraint.Date, a.ParentId);

    private static string Describe(ScheduleRelationship r) => string.Join('|', r.PredecessorId, r.SuccessorId, r.Type, r.Lag, r.LagKind);
}
