using Gantry.Cli.Commands;
using Gantry.Interchange.Xer;
using Xunit;

namespace Gantry.Interchange.Tests.Cli;

/// <summary><c>gantry convert</c> in-process: the format comes from OUT's extension.</summary>
public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gantry-convert-").FullName;

    [Fact]
    public void AnMsProjectFileBecomesAnXerThatOpensWithTheSameActivities()
    {
        string output = Path.Combine(_folder, "links.xer");
        var console = new StringWriter();

        int exit = ConvertCommand.Run(OracleFiles.MsProject("task-links-project2013-mspdi.xml"), output, null, null, console, new StringWriter());

        Assert.Equal(0, exit);
        var opened = DetailedScheduleFile.Open(output);
        var source = DetailedScheduleFile.Open(OracleFiles.MsProject("task-links-project2013-mspdi.xml"));
        Assert.Equal(source.Schedule.Network.Activities.Select(a => a.Name), opened.Schedule.Network.Activities.Select(a => a.Name));
        Assert.Contains(source.Schedule.Network.Activities.Count + " activities", console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheP6ProgrammeIsRewrittenInUtf8WhenAsked()
    {
        string output = Path.Combine(_folder, "programme.xer");

        int exit = ConvertCommand.Run(OracleFiles.P6Programme, output, "HS2-LWM-IMP-040-20", "utf-8", new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        using var stream = File.OpenRead(output);
        Assert.Equal("utf-8", XerTextDecoding.Detect(stream).WebName);
        Assert.Equal(3994, DetailedScheduleFile.Open(output).Schedule.Network.Activities.Count);
    }

    [Fact]
    public void ImportNotesAndWriteNotesArePrinted()
    {
        string output = Path.Combine(_folder, "recurring.xer");
        var console = new StringWriter();

        int exit = ConvertCommand.Run(OracleFiles.MsProject("calendar-recurring-exceptions-project2016-mspdi.xml"), output, null, null, console, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("write: Changed CALENDAR", console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AFormatWithoutAWriterIsAOneLineErrorAndNoFile()
    {
        string output = Path.Combine(_folder, "plan.xml");
        var error = new StringWriter();

        int exit = ConvertCommand.Run(OracleFiles.MsProject("mspdirelations.xml"), output, null, null, new StringWriter(), error);

        Assert.Equal(CliFailure.BadInput, exit);
        Assert.StartsWith("gantry: plan.xml: writing MS Project XML (MSPDI) is not supported yet", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void AnUnknownEncodingIsRejected()
    {
        var error = new StringWriter();

        int exit = ConvertCommand.Run(OracleFiles.MsProject("mspdirelations.xml"), Path.Combine(_folder, "x.xer"), null, "latin-9", new StringWriter(), error);

        Assert.Equal(CliFailure.BadInput, exit);
        Assert.Contains("--encoding 'latin-9'", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
