using Gantry.Interchange.Health;
using Gantry.Scheduling;
using Xunit;
using Xunit.Abstractions;

namespace Gantry.Interchange.Tests.Health;

/// <summary>The health check on the real P6 programme and an MS Project file with baselines; the figures are printed.</summary>
public sealed class HealthOracleTests(ITestOutputHelper output)
{
    [Fact]
    public void TheP6ProgrammeIsAssessedOnAllItsIncompleteTasks()
    {
        var a = Assess(OracleFiles.P6Programme);

        Assert.Equal(2310, a.IncompleteTasks);
        Assert.Equal(new DateTime(2017, 9, 16, 0, 0, 0, DateTimeKind.Unspecified), a.DataDate);

        // The file has 692 resource assignments but no baseline project.
        Assert.NotEqual(HealthStatus.NotAssessed, a[HealthMetric.Resources].Status);
        Assert.Equal(HealthStatus.NotAssessed, a[HealthMetric.MissedTasks].Status);
        Assert.Equal(HealthStatus.NotAssessed, a[HealthMetric.BaselineExecutionIndex].Status);
        Assert.Equal(5431, a[HealthMetric.Leads].Population);
        Assert.All(a.Checks.Where(c => c.Status != HealthStatus.NotAssessed), c => Assert.NotNull(c.Figure));
        Assert.Equal(a[HealthMetric.MissingLogic].Count, a[HealthMetric.MissingLogic].Offenders.Count);
    }

    [Fact]
    public void AnMsProjectFileWithBaselinesIsAssessedAgainstBaselineZero()
    {
        var a = Assess(OracleFiles.MsProject("task-baselines-project2019-mspdi.xml"));

        // Two tasks were due by the status date according to baseline 0 and neither is finished.
        Assert.Equal((HealthStatus.Fail, 2), (a[HealthMetric.MissedTasks].Status, a[HealthMetric.MissedTasks].Population));
        Assert.Equal((HealthStatus.Fail, 0.0), (a[HealthMetric.BaselineExecutionIndex].Status, a[HealthMetric.BaselineExecutionIndex].Figure));
        Assert.Equal(HealthStatus.NotAssessed, a[HealthMetric.Resources].Status);
    }

    private HealthAssessment Assess(string path)
    {
        var opened = Excel.TestWorkbook.InCulture("en", () => DetailedScheduleFile.Open(path));
        var result = Scheduler.Schedule(opened.Schedule.Network, opened.Schedule.Options);
        var a = Excel.TestWorkbook.InCulture("en", () => HealthCheck.Assess(opened.Schedule, result, opened.Details));
        output.WriteLine(Path.GetFileName(path) + ": " + a.Passed + " passed, " + a.Failed + " failed, " + a.NotAssessed + " not assessed, " + a.IncompleteTasks + " incomplete tasks");
        foreach (var c in a.Checks)
        {
            output.WriteLine($"{c.Number,2} {c.Status,-12} {c.Figure,8} {c.Name}: {c.Detail}");
        }

        return a;
    }
}
