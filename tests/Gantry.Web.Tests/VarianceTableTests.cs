using Gantry.Core.Schedules;
using Gantry.Web.Schedule;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>The baselines page's variance table: minutes to days of each row's calendar, filtering and sorting.</summary>
public sealed class VarianceTableTests
{
    private static readonly DateTime Day = new(2027, 3, 1, 8, 0, 0);

    private static VarianceRow Row(Guid id, string code, string name, long? start, long? finish, long? duration) =>
        new(id, code, name, Day, Day, Day, Day, start, finish, duration);

    [Fact]
    public void VariancesBecomeDaysOfEachRowsOwnCalendar()
    {
        var eightHours = Guid.NewGuid();
        var tenHours = Guid.NewGuid();
        var lines = VarianceTable.Lines([Row(eightHours, "A", "a", -960, -480, 240), Row(tenHours, "B", "b", -1200, null, 0)],
            id => id == tenHours ? 600 : 480);

        Assert.Equal((-2.0, -1.0, 0.5), (lines[0].StartVarianceDays, lines[0].FinishVarianceDays, lines[0].DurationVarianceDays));
        Assert.Equal(-2.0, lines[1].StartVarianceDays);
        Assert.Null(lines[1].FinishVarianceDays);
    }

    [Fact]
    public void FilterMatchesCodeOrNameAndChangedOnlyDropsRowsWithoutVariance()
    {
        var lines = VarianceTable.Lines(
        [
            Row(Guid.NewGuid(), "A1000", "Piling", 0, 0, 0),
            Row(Guid.NewGuid(), "A2000", "Pile caps", -480, -480, 0),
            Row(Guid.NewGuid(), "B1000", "Roofing", null, null, null),
        ], _ => 480);

        Assert.Equal(["A1000", "A2000"], VarianceTable.Select(lines, "pil", false, null, false).Select(l => l.Code));
        Assert.Equal(["B1000"], VarianceTable.Select(lines, " b1 ", false, null, false).Select(l => l.Code));
        Assert.Equal(["A2000"], VarianceTable.Select(lines, null, true, null, false).Select(l => l.Code));
    }

    [Fact]
    public void SortingByAVarianceKeepsRowsWithoutOneLastInBothDirections()
    {
        var lines = VarianceTable.Lines(
        [
            Row(Guid.NewGuid(), "LATE", "late", null, -2400, null),
            Row(Guid.NewGuid(), "NONE", "no baseline", null, null, null),
            Row(Guid.NewGuid(), "EARLY", "early", null, 960, null),
            Row(Guid.NewGuid(), "SAME", "on time", null, 0, null),
        ], _ => 480);

        Assert.Equal(["LATE", "SAME", "EARLY", "NONE"], VarianceTable.Select(lines, null, false, "finish", false).Select(l => l.Code));
        Assert.Equal(["EARLY", "SAME", "LATE", "NONE"], VarianceTable.Select(lines, null, false, "finish", true).Select(l => l.Code));
        Assert.Equal(["SAME", "NONE", "LATE", "EARLY"], VarianceTable.Select(lines, null, false, "code", true).Select(l => l.Code));
    }
}
