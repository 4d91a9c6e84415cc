using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Gantry.Interchange.Mspdi;
using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;
using Xunit;

namespace Gantry.Interchange.Tests.Mspdi;

public sealed partial class MspdiWriterTests
{
    private static readonly XNamespace Ns = "http://schemas.microsoft.com/project";

    public static TheoryData<string> Files => new(
        "msproject/calendar-recurring-exceptions-project2016-mspdi.xml",
        "msproject/legacy-sample.xml",
        "msproject/mspdirelations.xml",
        "msproject/mspdiresource.xml",
        "msproject/task-baselines-project2019-mspdi.xml",
        "msproject/task-links-project2013-mspdi.xml",
        "p6/sp10-hs2-cost-loaded.xer");

    [Theory]
    [MemberData(nameof(Files))]
    public void ElementsComeInTheOrderMsProjectWritesThem(string file)
    {
        var document = XDocument.Load(new MemoryStream(Write(Path.Combine(OracleFiles.Directory, file))));
        var violations = MsProjectElementOrder.Violations(document);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryUidANameOrLinkReferesToIsInTheFile(string file)
    {
        var root = XDocument.Load(new MemoryStream(Write(Path.Combine(OracleFiles.Directory, file)))).Root!;
        var tasks = Uids(root, "Tasks", "Task");
        var calendars = Uids(root, "Calendars", "Calendar");
        var resources = Uids(root, "Resources", "Resource");
        Assert.Equal(tasks.Count, tasks.Distinct().Count());
        Assert.Equal(calendars.Count, calendars.Distinct().Count());
        Assert.Equal(resources.Count, resources.Distinct().Count());
        Assert.All(root.Descendants(Ns + "PredecessorUID"), e => Assert.Contains((int)e, tasks));
        Assert.All(root.Descendants(Ns + "CalendarUID").Where(e => (int)e != -1), e => Assert.Contains((int)e, calendars));
        Assert.All(root.Descendants(Ns + "BaseCalendarUID").Where(e => (int)e != -1), e => Assert.Contains((int)e, calendars));
        Assert.All(root.Descendants(Ns + "TaskUID"), e => Assert.Contains((int)e, tasks));
        Assert.All(root.Descendants(Ns + "ResourceUID").Where(e => (int)e != -65535), e => Assert.Contains((int)e, resources));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void FileIsUtf8InTheProjectNamespaceWithIsoDurationsAndAValidOutline(string file)
    {
        byte[] xml = Write(Path.Combine(OracleFiles.Directory, file));
        Assert.NotEqual(0xEF, xml[0]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", Encoding.UTF8.GetString(xml, 0, 60), StringComparison.Ordinal);
        var root = XDocument.Load(new MemoryStream(xml)).Root!;
        Assert.Equal(Ns + "Project", root.Name);
        Assert.All(root.Descendants().Where(e => e.Name.LocalName is "Duration" or "Work" or "RemainingDuration" or "ActualDuration"),
            e => Assert.Matches(IsoDuration(), e.Value));
        int previous = 0;
        foreach (var task in root.Element(Ns + "Tasks")!.Elements(Ns + "Task"))
        {
            int level = (int)task.Element(Ns + "OutlineLevel")!;
            Assert.True(level <= previous + 1, "outline level jumps from " + previous + " to " + level + " at task UID " + (string?)task.Element(Ns + "UID"));
            previous = level;
        }
    }

    [Fact]
    public void NamesWithXmlSpecialAndControlCharactersAreWrittenSafelyAndReadBack()
    {
        const string special = "Pour & cure <slab> \"A\" 'B' 浇筑\ttab\r\nline";
        var schedule = TwoActivities(special + "\u0001\u0007\u001F\uFFFE end", "Crew\u000B & <co>");
        var trip = MspdiRoundTrip.Of(schedule);
        var names = trip.Again.Schedule.Network.Activities.Select(a => a.Name).ToList();
        Assert.Equal(special + " end", names[0]);
        Assert.Equal("Second", names[1]);
        Assert.Equal("Crew & <co>", trip.Again.Details.Resources.Single().Name);
        Assert.Equal("Night & <day>", trip.Again.Schedule.Calendars["1"].Name);
    }

    [Fact]
    public void WrittenFileOpensAsAnMsProjectSchedule()
    {
        string path = Path.Combine(Path.GetTempPath(), "gantry-mspdi-" + Guid.NewGuid().ToString("N") + ".xml");
        try
        {
            MspdiWriter.WriteFile(DetailedScheduleFile.Open(OracleFiles.MsProject("mspdirelations.xml")), path);
            var reopened = DetailedScheduleFile.Open(path);
            Assert.Equal(SchedulingConvention.MicrosoftProject, reopened.Schedule.Convention);
            Assert.Equal(
                ScheduleFile.Open(OracleFiles.MsProject("mspdirelations.xml")).Network.Activities.Select(a => (a.Id, a.Name)),
                reopened.Schedule.Network.Activities.Select(a => (a.Id, a.Name)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LagsKeepTheirUnitAndKindThroughWriteAndRead()
    {
        var trip = MspdiRoundTrip.Of(TwoActivities("First", "Crew"));
        var links = trip.Rewritten.Tasks.Single(t => t.Uid == 2).Predecessors;
        Assert.Equal([(1, 3, 4800m, 7), (1, 0, 28800m, 8), (1, 1, 50m, 19), (1, 1, 900m, 5)], links.Select(l => (l.PredecessorUid, l.Type, l.LinkLag, l.LagFormat)));
        Assert.Equal(
            trip.Schedule.Schedule.Network.Relationships.Select(r => (r.Type, r.Lag, r.LagKind)),
            trip.Again.Schedule.Network.Relationships.Select(r => (r.Type, r.Lag, r.LagKind)));
    }

    private static DetailedSchedule TwoActivities(string firstName, string resourceName)
    {
        var calendar = new CalendarDefinition { Id = "1", Name = "Night & <day>", WorkWeek = WorkWeek.Standard };
        var network = new ScheduleNetwork
        {
            Activities =
            [
                new ScheduleActivity { Id = "1", Name = firstName, OriginalDurationMinutes = 960, CalendarId = "1" },
                new ScheduleActivity { Id = "2", Name = "Second", OriginalDurationMinutes = 480, CalendarId = "1" },
            ],
            Relationships =
            [
                new ScheduleRelationship { PredecessorId = "1", SuccessorId = "2", Type = RelationshipType.StartToStart, Lag = 480 },
                new ScheduleRelationship { PredecessorId = "1", SuccessorId = "2", Type = RelationshipType.FinishToFinish, Lag = 2880, LagKind = LagKind.Elapsed },
                new ScheduleRelationship { PredecessorId = "1", SuccessorId = "2", Type = RelationshipType.FinishToStart, Lag = 50, LagKind = LagKind.Percent },
                new ScheduleRelationship { PredecessorId = "1", SuccessorId = "2", Type = RelationshipType.FinishToStart, Lag = 90 },
            ],
            Calendars = [calendar],
        };
        var imported = new ImportedSchedule
        {
            Source = "test.xlsx",
            Convention = SchedulingConvention.MicrosoftProject,
            WrittenBy = "test",
            Network = network,
            Options = new ScheduleOptions { ProjectStart = new DateTime(2024, 1, 8, 8, 0, 0), DefaultCalendarId = "1" },
            Calendars = new Dictionary<string, CalendarDefinition> { ["1"] = calendar },
            Stored = [],
            Notes = [],
        };
        return new DetailedSchedule(imported, new ScheduleDetails([new ActivityDetails { Id = "1", Resources = [resourceName] }], hasResourceData: true, hasBaseline: false));
    }

    private static List<int> Uids(XElement root, string container, string item) =>
        [.. root.Element(Ns + container)?.Elements(Ns + item).Select(e => (int)e.Element(Ns + "UID")!) ?? []];

    private static byte[] Write(string path)
    {
        using var buffer = new MemoryStream();
        MspdiWriter.Write(DetailedScheduleFile.Open(path), buffer);
        return buffer.ToArray();
    }

    [GeneratedRegex(@"^-?PT\d+H\d+M\d+S$")]
    private static partial Regex IsoDuration();
}
