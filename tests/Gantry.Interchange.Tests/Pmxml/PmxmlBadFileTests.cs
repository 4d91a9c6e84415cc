using System.Text;
using Gantry.Interchange.Pmxml;
using Xunit;

namespace Gantry.Interchange.Tests.Pmxml;

public sealed class PmxmlBadFileTests
{
    private static InterchangeException Reject(string xml) =>
        Assert.Throws<InterchangeException>(() => PmxmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "bad.xml").Map());

    private static string Good => PmxmlFixtures.File(PmxmlFixtures.Project());

    [Fact]
    public void ExternalEntityIsRefusedAndNeverRead()
    {
        string xml = "<?xml version=\"1.0\"?><!DOCTYPE APIBusinessObjects [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
            + "<APIBusinessObjects xmlns=\"" + PmxmlFromXer.Namespace + "\"><Project><Name>&secret;</Name></Project></APIBusinessObjects>";

        var error = Reject(xml);

        Assert.Contains("not well-formed XML", error.Message, StringComparison.Ordinal);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedFileNamesTheLineWhereItStops()
    {
        string xml = Good[..(Good.Length / 2)];

        var error = Reject(xml);

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void FileThatIsNotP6XmlSaysWhatItsRootIs()
    {
        var error = Reject("<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>x</Name></Project>");

        Assert.Contains("not a P6 XML file: the root element is <Project>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DurationThatIsNotANumberNamesTheActivityLineAndElement()
    {
        string xml = Good.Replace("<PlannedDuration>40</PlannedDuration>", "<PlannedDuration>forty</PlannedDuration>", StringComparison.Ordinal);

        var error = Reject(xml);

        Assert.Equal(("Activity 102", "PlannedDuration"), (error.Record, error.Field));
        Assert.Equal(LineOf(xml, "forty"), error.Line);
        Assert.Contains("'forty' is not a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateThatIsNotADateNamesItsElement()
    {
        var error = Reject(Good.Replace("<ActualStartDate>2026-01-02T08:00:00</ActualStartDate>", "<ActualStartDate>2nd January</ActualStartDate>", StringComparison.Ordinal));

        Assert.Equal(("Activity 102", "ActualStartDate"), (error.Record, error.Field));
    }

    [Fact]
    public void ActivityWithoutObjectIdIsRejected()
    {
        var error = Reject(Good.Replace("<ObjectId>103</ObjectId>", string.Empty, StringComparison.Ordinal));

        Assert.Equal(("Activity", "ObjectId"), (error.Record, error.Field));
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownActivityTypeListsTheP6Words()
    {
        var error = Reject(Good.Replace("<Type>Resource Dependent</Type>", "<Type>Hammock</Type>", StringComparison.Ordinal));

        Assert.Equal(("Activity 104", "Type"), (error.Record, error.Field));
        Assert.Contains("Task Dependent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkToAMissingActivityNamesTheRelationshipAndItsElement()
    {
        var error = Reject(Good.Replace("<PredecessorActivityObjectId>101</PredecessorActivityObjectId>", "<PredecessorActivityObjectId>999</PredecessorActivityObjectId>", StringComparison.Ordinal));

        Assert.Equal(("Relationship 191", "PredecessorActivityObjectId"), (error.Record, error.Field));
        Assert.Contains("999 is not an activity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ActivityOnAMissingCalendarNamesCalendarObjectId()
    {
        var error = Reject(Good.Replace("<Id>A1020</Id><Name>Cure</Name><CalendarObjectId>10</CalendarObjectId>", "<Id>A1020</Id><Name>Cure</Name><CalendarObjectId>77</CalendarObjectId>", StringComparison.Ordinal));

        Assert.Equal(("Activity 103", "CalendarObjectId"), (error.Record, error.Field));
    }

    [Fact]
    public void WorkingPeriodThatIsNotATimeNamesTheCalendarAndFinish()
    {
        var error = Reject(Good.Replace("<Finish>12:59:00</Finish>", "<Finish>25:61</Finish>", StringComparison.Ordinal));

        Assert.Equal(("WorkTime", "Finish"), (error.Record, error.Field));
        Assert.Equal(LineOf(Good, "12:59:00"), error.Line);
    }

    [Fact]
    public void PercentWrittenAsAWholeNumberIsRejectedWithTheReason()
    {
        var error = Reject(Good.Replace("<PhysicalPercentComplete>0.25</PhysicalPercentComplete>", "<PhysicalPercentComplete>25</PhysicalPercentComplete>", StringComparison.Ordinal));

        Assert.Equal(("Activity 102", "PhysicalPercentComplete"), (error.Record, error.Field));
        Assert.Contains("between 0 and 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeLagIsOutOfRange()
    {
        var error = Reject(Good.Replace("<Lag>16</Lag>", "<Lag>99999999999999999999999</Lag>", StringComparison.Ordinal));

        Assert.Equal(("Relationship 192", "Lag"), (error.Record, error.Field));
    }

    private static long LineOf(string text, string needle) => text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
