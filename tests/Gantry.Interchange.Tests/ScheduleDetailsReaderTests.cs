using Xunit;

namespace Gantry.Interchange.Tests;

/// <summary>WBS codes, resources, budgets and baselines taken from the P6 and MS Project oracle files.</summary>
public sealed class ScheduleDetailsReaderTests
{
    [Fact]
    public void MsProjectDetailsComeFromTheWbsFieldAssignmentsAndBaselineZero()
    {
        var opened = DetailedScheduleFile.Open(OracleFiles.MsProject("legacy-sample.xml"));

        var second = opened.Details.For("2")!;
        Assert.Equal("1.1", second.WbsCode);
        Assert.Equal(["First Resource", "Second Resource"], second.Resources);
        Assert.Equal(352625m, second.Budget);
        Assert.True(opened.Details.HasResourceData);
        Assert.Equal(opened.Schedule.Network.Activities.Count, opened.Details.Count);
    }

    [Fact]
    public void P6DetailsJoinWbsShortNamesAndNameTheAssignedResourcesButKeepNoBaseline()
    {
        var opened = DetailedScheduleFile.Open(OracleFiles.P6Programme);

        Assert.Equal(opened.Schedule.Network.Activities.Count, opened.Details.Count);
        Assert.True(opened.Details.HasResourceData);
        Assert.False(opened.Details.HasBaseline);
        var loaded = opened.Schedule.Network.Activities.Select(a => opened.Details.For(a.Id)!).Where(d => d.Resources.Count > 0).ToList();
        Assert.NotEmpty(loaded);
        Assert.All(loaded, d => Assert.All(d.Resources, r => Assert.False(string.IsNullOrWhiteSpace(r))));
        Assert.Contains(opened.Schedule.Network.Activities, a => opened.Details.For(a.Id)!.WbsCode is { } w && w.Contains('.', StringComparison.Ordinal));
        Assert.Contains(loaded, d => d.Budget > 0);
    }
}
