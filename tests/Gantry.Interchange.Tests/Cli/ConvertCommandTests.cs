using Gantry.Cli.Commands;
using Gantry.Interchange.Xer;
using Gantry.Scheduling;
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
    public void TheP6ProgrammeBecomesAnMsProjectFileWithItsActivitiesLinksResourcesAndAssignments()
    {
        string output = Path.Combine(_folder, "programme.xml");
        var console = new StringWriter();

        int exit = ConvertCommand.Run(OracleFiles.P6Programme, output, "HS2-LWM-IMP-040-20", null, console, new StringWriter());

        Assert.Equal(0, exit);
        var source = DetailedScheduleFile.Open(OracleFiles.P6Programme, "HS2-LWM-IMP-040-20");
        var opened = DetailedScheduleFile.Open(output);
        Assert.Equal(ScheduleFileFormat.Mspdi, ScheduleFile.DetectFormat(output));
        // Every activity keeps its P6 id as its UID; the WBS nodes come back as MS Project summary tasks.
        var written = opened.Schedule.Network.Activities.ToDictionary(a => a.Id, a => a);
        Assert.All(source.Schedule.Network.Activities, a => Assert.Equal(a.Name, written[a.Id].Name));
        Assert.All(written.Values.Where(a => !source.Schedule.Network.Activities.Any(s => s.Id == a.Id)), a => Assert.Equal(ActivityType.WbsSummary, a.Type));
        Assert.Equal(source.Schedule.Network.Relationships.Count, opened.Schedule.Network.Relationships.Count);
        Assert.Equal(source.Details.Resources.Count, opened.Details.Resources.Count);
        Assert.Equal(source.Details.Assignments.Count, opened.Details.Assignments.Count);

        // MSPDI writes work to the second: each assignment keeps its P6 key and its work within half a second.
        var work = opened.Details.Assignments.ToDictionary(a => a.Id!, a => a.WorkMinutes ?? 0);
        Assert.All(source.Details.Assignments, a => Assert.InRange(work[a.Id!] - (a.WorkMinutes ?? 0), -1m / 120, 1m / 120));
        Assert.Contains("3994 activities", console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnMsProjectFileWrittenAsXerKeepsItsResourcesAndAssignments()
    {
        string output = Path.Combine(_folder, "resources.xer");

        int exit = ConvertCommand.Run(OracleFiles.MsProject("mspdiresource.xml"), output, null, null, new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        var source = DetailedScheduleFile.Open(OracleFiles.MsProject("mspdiresource.xml"));
        var opened = DetailedScheduleFile.Open(output);
        var assigned = source.Details.Assignments.Where(a => a.ResourceId != null).ToList();
        Assert.NotEmpty(assigned);
        Assert.Equal(assigned.Count, opened.Details.Assignments.Count);
        Assert.Equal(assigned.Select(a => a.WorkMinutes ?? 0), opened.Details.Assignments.Select(a => a.WorkMinutes ?? 0));
        var names = opened.Details.Resources.ToDictionary(r => r.Id, r => r.Name);
        Assert.Equal(assigned.Select(a => source.Details.Resources.First(r => r.Id == a.ResourceId).Name), opened.Details.Assignments.Select(a => names[a.ResourceId!]));
    }

    [Fact]
    public void AFormatWithoutAWriterIsAOneLineErrorAndNoFile()
    {
        string output = Path.Combine(_folder, "plan.mpp");
        var error = new StringWriter();

        int exit = ConvertCommand.Run(OracleFiles.MsProject("mspdirelations.xml"), output, null, null, new StringWriter(), error);

        Assert.Equal(CliFailure.BadInput, exit);
        Assert.StartsWith("gantry: plan.mpp: unknown output format '.mpp'", error.ToString(), StringComparison.Ordinal);
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
