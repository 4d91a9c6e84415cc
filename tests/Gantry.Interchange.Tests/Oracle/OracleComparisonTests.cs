using System.Globalization;
using System.Text;
using Gantry.Scheduling;
using Xunit;
using Xunit.Abstractions;

namespace Gantry.Interchange.Tests.Oracle;

/// <summary>
/// Issue 3's correctness test: every oracle file is scheduled by Gantry with the file's own options
/// and compared, activity by activity, with the dates, float and critical flag the tool saved.
/// </summary>
public sealed class OracleComparisonTests(ITestOutputHelper output, OracleReport report) : IClassFixture<OracleReport>
{
    private const double P6DatesAndFloatFloor = 99.6;
    private const int MismatchesShown = 25;

    [Fact]
    public void P6ProgrammeMatchesPrimaveraOnEveryActivityButTheListedAsLateAsPossibleFloats()
    {
        var comparison = Run(OracleFiles.P6Programme);
        Assert.True(comparison.Compared >= 3900, "expected the 3,994 activities of the programme, compared " + comparison.Compared);

        // Issue 3 asks for 99.5 % matched outright on dates and total float. Every early and late
        // date matches; 99.62 % match on dates and total float: the 15 as-late-as-possible floats
        // listed in AllowedMismatches are still unexplained. This floor keeps what is reached from
        // sliding back; raise it as the gap closes.
        Assert.True(comparison.DatesAndTotalFloatPercent >= P6DatesAndFloatFloor, "below " + P6DatesAndFloatFloor.ToString(CultureInfo.InvariantCulture)
            + " % matched on dates and total float: " + Figures(comparison) + Environment.NewLine + Describe([.. comparison.Mismatches], MismatchesShown));
        AssertThreshold(comparison, 100);
    }

    [Theory]
    [InlineData("mspdirelations.xml")]
    [InlineData("task-links-project2013-mspdi.xml")]
    [InlineData("legacy-sample.xml")]
    [InlineData("mspdiresource.xml")]
    public void AutoScheduledMsProjectFileMatchesMsProjectOnEveryActivity(string file)
    {
        var comparison = Run(OracleFiles.MsProject(file));
        Assert.True(comparison.Compared > 0, "no auto-scheduled task was compared in " + file);
        AssertThreshold(comparison, 100);
    }

    [Fact]
    public void RecurringExceptionsFileHoldsOnlyTheProjectSummaryTask()
    {
        // Its subject is the calendar (see the MSPDI reader tests); the one task is UID 0.
        var imported = ScheduleFile.Open(OracleFiles.MsProject("calendar-recurring-exceptions-project2016-mspdi.xml"));
        Assert.Empty(imported.Stored);
    }

    [Fact]
    public void ManuallyScheduledMsProjectFileHasNothingForCpmToCompare()
    {
        var comparison = Run(OracleFiles.MsProject("task-baselines-project2019-mspdi.xml"));
        Assert.Equal(0, comparison.Compared);
    }

    private ScheduleComparison Run(string path)
    {
        var imported = ScheduleFile.Open(path);
        var result = Scheduler.Schedule(imported.Network, imported.Options);
        var comparison = ScheduleComparison.Compare(imported, result);
        report.Print(Figures(comparison));
        return comparison;
    }

    /// <summary>
    /// The match rate counts an activity listed in <see cref="AllowedMismatches"/> as explained,
    /// never as matched; the threshold applies to matched plus explained, and nothing may remain
    /// unexplained.
    /// </summary>
    private void AssertThreshold(ScheduleComparison comparison, double threshold)
    {
        string file = Path.GetFileName(comparison.Source);
        var mismatches = comparison.Mismatches.ToList();
        var unexplained = mismatches.Where(m => AllowedMismatches.ReasonFor(file, m.Expected.Id) == null).ToList();
        int explained = mismatches.Count - unexplained.Count;
        double accepted = comparison.Compared == 0 ? 100 : 100.0 * (comparison.Matched + explained) / comparison.Compared;
        string text = Figures(comparison)
            + string.Create(CultureInfo.InvariantCulture, $"; {explained} explained mismatch(es), matched + explained {accepted:0.00} %")
            + Environment.NewLine + Describe(unexplained, MismatchesShown);
        output.WriteLine(text);
        Assert.True(accepted >= threshold, "below the " + threshold.ToString(CultureInfo.InvariantCulture) + " % threshold: " + text);
        Assert.True(unexplained.Count == 0, "mismatches not listed in AllowedMismatches: " + text);
    }

    internal static string Figures(ScheduleComparison comparison) =>
        string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(comparison.Source)}: {comparison.Compared} activities compared, {comparison.Matched} matched on every field ({comparison.MatchPercent:0.00} %), {comparison.MatchedOnDatesAndTotalFloat} on dates and total float ({comparison.DatesAndTotalFloatPercent:0.00} %)");

    internal static string Describe(IReadOnlyCollection<ActivityComparison> mismatches, int limit)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{mismatches.Count} unexplained mismatch(es)");
        if (mismatches.Count > limit)
        {
            text.Append(CultureInfo.InvariantCulture, $", first {limit}");
        }

        text.AppendLine(":");
        foreach (var m in mismatches.Take(limit))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {m.Expected.Id} {m.Expected.Code} \"{m.Expected.Name}\": ");
            text.AppendJoin("; ", m.Mismatches.Select(x => x.ToString()));
            text.AppendLine();
        }

        return text.ToString();
    }
}
