using System.Text;
using Gantry.Interchange.Xer;
using Xunit;

namespace Gantry.Interchange.Tests.Xer;

public sealed class XerReaderTests
{
    [Fact]
    public void ReadsEveryTableAndRowOfTheOracleProgramme()
    {
        var document = XerReader.ReadFile(OracleFiles.P6Programme);

        Assert.Equal("8.1", document.Version);
        Assert.Equal(19, document.Tables.Count);
        Assert.Equal(3994, document.Table("TASK")!.Rows.Count);
        Assert.Equal(5966, document.Table("TASKPRED")!.Rows.Count);
        Assert.Equal(6, document.Table("CALENDAR")!.Rows.Count);
    }

    [Fact]
    public void RowShorterThanItsFieldListReadsTheMissingValuesAsEmpty()
    {
        var document = XerText.Read(XerText.Lines(XerText.Header, "%T\tT", "%F\ta\tb\tc", "%R\t1", "%E"));

        var row = document.Table("T")!.Rows[0];
        Assert.Equal("1", row["a"]);
        Assert.Equal(string.Empty, row["c"]);
        Assert.Single(row.Values);
    }

    [Fact]
    public void UnknownTablesAndFieldsAreKeptAsRead()
    {
        var document = XerText.Read(XerText.Lines(XerText.Header, "%T\tFUTURE_TABLE", "%F\tx\tnew_field", "%R\t7\thello", "%E"));

        var schedule = XerSchedule.From(document);
        var table = Assert.Single(schedule.OtherTables);
        Assert.Equal("FUTURE_TABLE", table.Name);
        Assert.Equal("hello", table.Rows[0]["new_field"]);
    }

    [Fact]
    public void FileWithoutTheEndRecordIsReportedAsTruncated()
    {
        var error = Assert.Throws<InterchangeException>(() => XerText.Read(XerText.Lines(XerText.Header, "%T\tT", "%F\ta", "%R\t1")));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void RowBeforeAnyFieldListIsRejectedWithItsLine()
    {
        var error = Assert.Throws<InterchangeException>(() => XerText.Read(XerText.Lines(XerText.Header, "%T\tT", "%R\t1", "%E")));

        Assert.Equal(3, error.Line);
        Assert.Contains("%R", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RowWithMoreValuesThanFieldsIsRejectedNamingTableAndKey()
    {
        var error = Assert.Throws<InterchangeException>(() => XerText.Read(XerText.Lines(XerText.Header, "%T\tTASK", "%F\ttask_id", "%R\t42\textra", "%E")));

        Assert.Equal("TASK 42", error.Record);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void TrailingEmptyValuesBeyondTheFieldsAreHarmless()
    {
        var document = XerText.Read(XerText.Lines(XerText.Header, "%T\tT", "%F\ta", "%R\t1\t\t", "%E"));

        Assert.Equal("1", document.Table("T")!.Rows[0]["a"]);
    }

    [Fact]
    public void TextThatIsNotAnXerFileIsRejected()
    {
        var error = Assert.Throws<InterchangeException>(() => XerText.Read("<Project/>"));

        Assert.Contains("ERMHDR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows1252BytesAreDecodedAsWindows1252()
    {
        var text = XerText.Lines(XerText.Header, "%T\tT", "%F\tname", "%R\tCost £5 – café", "%E");

        var document = XerText.Read(text, XerTextDecoding.Windows1252);

        Assert.Equal("Cost £5 – café", document.Table("T")!.Rows[0]["name"]);
    }

    [Fact]
    public void Utf8WithoutBomIsDecodedAsUtf8()
    {
        var text = XerText.Lines(XerText.Header, "%T\tT", "%F\tname", "%R\t北京地铁 £", "%E");

        var document = XerText.Read(text, new UTF8Encoding(false));

        Assert.Equal("北京地铁 £", document.Table("T")!.Rows[0]["name"]);
    }

    [Fact]
    public void Utf8ByteOrderMarkIsHonouredAndNotReadAsText()
    {
        var text = XerText.Lines(XerText.Header, "%T\tT", "%F\tname", "%R\t上海", "%E");

        var document = XerText.Read(text, new UTF8Encoding(true));

        Assert.Equal("8.1", document.Version);
        Assert.Equal("上海", document.Table("T")!.Rows[0]["name"]);
    }

    [Fact]
    public void OracleFileWithStrayBytesIsReadAsWindows1252()
    {
        using var stream = File.OpenRead(OracleFiles.P6Programme);

        Assert.Equal(1252, XerTextDecoding.Detect(stream).CodePage);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void NonSeekableStreamIsReadToo()
    {
        var bytes = Encoding.UTF8.GetBytes(XerText.Lines(XerText.Header, "%T\tT", "%F\ta", "%R\t1", "%E"));

        var document = XerReader.Read(new ForwardOnlyStream(bytes), "pipe");

        Assert.Single(document.Table("T")!.Rows);
    }

    [Fact]
    public void BadDateNamesTheLineTheRecordAndTheField()
    {
        var text = XerText.Project(["1\t1\t\t10\tA1\tFirst\tTT_Task\tTK_NotStart\t8\t8\tCS_MSOA\t2024-13-45 08:00\t\t"], []);

        var error = Assert.Throws<InterchangeException>(() => XerSchedule.From(XerText.Read(text)));

        Assert.Equal("TASK 1", error.Record);
        Assert.Equal("cstr_date", error.Field);
        Assert.Equal(13, error.Line);
    }

    [Fact]
    public void SeveralProjectsInOneFileAskTheUserToChoose()
    {
        var text = XerText.Lines(
            XerText.Header,
            "%T\tPROJECT",
            "%F\tproj_id\tproj_short_name",
            "%R\t1\tNORTH",
            "%R\t2\tSOUTH",
            "%E");
        var schedule = XerSchedule.From(XerText.Read(text));

        var error = Assert.Throws<InterchangeException>(() => schedule.SelectProject(null));
        Assert.Contains("NORTH (1), SOUTH (2)", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, schedule.SelectProject("south").Id);
        Assert.Equal(1, schedule.SelectProject("1").Id);
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
