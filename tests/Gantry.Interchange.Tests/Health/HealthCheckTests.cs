using Gantry.Interchange.Health;
using Gantry.Scheduling;
using Xunit;

namespace Gantry.Interchange.Tests.Health;

/// <summary>Each of the 14 DCMA checks on small hand-made networks, passing and failing.</summary>
public sealed class HealthCheckTests
{
    private static readonly DateTime Friday = new(2026, 3, 6, 17, 0, 0, DateTimeKind.Unspecified);

    [Fact]
    public void AWellBuiltNetworkPassesEveryCheckItCanAssess()
    {
        var a = new HealthNetwork().Assess();

        Assert.Equal(5, a.IncompleteTasks);
        foreach (var check in a.Checks)
        {
            Assert.True(check.Status != HealthStatus.Fail, check.Number + " " + check.Name + ": " + check.Detail);
        }

        Assert.Equal([HealthMetric.MissedTasks, HealthMetric.BaselineExecutionIndex], a.Checks.Where(c => c.Status == HealthStatus.NotAssessed).Select(c => c.Metric));
        Assert.Equal(Enumerable.Range(1, 14), a.Checks.Select(c => c.Number));
    }

    [Fact]
    public void MissingLogicFailsWhenATaskHasNoSuccessor()
    {
        var a = new HealthNetwork().Add(new ScheduleActivity { Id = "T6", Code = "T6", OriginalDurationMinutes = 480 }, "M0").Assess();

        var check = a[HealthMetric.MissingLogic];
        Assert.Equal((HealthStatus.Fail, 16.67, 1, 6), (check.Status, check.Figure, check.Count, check.Population));
        Assert.Equal(["T6"], check.Offenders);
    }

    [Fact]
    public void LeadsFailOnAnyNegativeLag()
    {
        var a = new HealthNetwork().ChangeLink("T1", "T2", lag: -480).Assess();

        Assert.Equal((HealthStatus.Fail, "T1 → T2"), (a[HealthMetric.Leads].Status, string.Join(",", a[HealthMetric.Leads].Offenders)));
        Assert.Equal(HealthStatus.Pass, a[HealthMetric.Lags].Status);
    }

    [Fact]
    public void LagsFailAboveFivePercentOfLinks()
    {
        var a = new HealthNetwork().ChangeLink("T1", "T2", lag: 480).Assess();

        var check = a[HealthMetric.Lags];
        Assert.Equal((HealthStatus.Fail, 16.67, "T1 → T2"), (check.Status, check.Figure, string.Join(",", check.Offenders)));
        Assert.Equal(HealthStatus.Pass, a[HealthMetric.Leads].Status);
    }

    [Fact]
    public void RelationshipTypesFailBelowNinetyPercentFinishToStart()
    {
        var a = new HealthNetwork().ChangeLink("T2", "T3", RelationshipType.StartToStart).Assess();

        var check = a[HealthMetric.RelationshipTypes];
        Assert.Equal((HealthStatus.Fail, 83.33, "T2 → T3 SS"), (check.Status, check.Figure, string.Join(",", check.Offenders)));
        Assert.Equal(100, new HealthNetwork().Assess()[HealthMetric.RelationshipTypes].Figure);
    }

    [Fact]
    public void HardConstraintsFailButSoftOnesDoNot()
    {
        var hard = new HealthNetwork().Replace("T3", t => HealthNetwork.With(t, constraint: new ScheduleConstraint(ConstraintType.MandatoryStart, new DateTime(2026, 3, 16, 8, 0, 0, DateTimeKind.Unspecified)))).Assess();
        var soft = new HealthNetwork().Replace("T3", t => HealthNetwork.With(t, constraint: new ScheduleConstraint(ConstraintType.StartNoEarlierThan, new DateTime(2026, 3, 16, 8, 0, 0, DateTimeKind.Unspecified)))).Assess();

        Assert.Equal((HealthStatus.Fail, 20.0, "T3"), (hard[HealthMetric.HardConstraints].Status, hard[HealthMetric.HardConstraints].Figure, string.Join(",", hard[HealthMetric.HardConstraints].Offenders)));
        Assert.Equal((HealthStatus.Pass, 0.0), (soft[HealthMetric.HardConstraints].Status, soft[HealthMetric.HardConstraints].Figure));
    }

    [Fact]
    public void HighFloatFailsForATaskWithMoreThanFortyFourDaysOfFloat()
    {
        // Five 10-day tasks make a 50-day path; a 1-day task beside it has 49 days of float.
        var a = new HealthNetwork(taskDays: 10).Add(new ScheduleActivity { Id = "T6", Code = "T6", OriginalDurationMinutes = 480 }, "M0").Link("T6", "M9").Assess();

        Assert.Equal((HealthStatus.Fail, "T6"), (a[HealthMetric.HighFloat].Status, string.Join(",", a[HealthMetric.HighFloat].Offenders)));
        Assert.Equal(HealthStatus.Pass, new HealthNetwork(taskDays: 5).Add(new ScheduleActivity { Id = "T6", Code = "T6", OriginalDurationMinutes = 480 }, "M0").Link("T6", "M9").Assess()[HealthMetric.HighFloat].Status);
    }

    [Fact]
    public void NegativeFloatFailsWhenAFinishConstraintCannotBeMet()
    {
        var a = new HealthNetwork().Replace("T5", t => HealthNetwork.With(t, constraint: new ScheduleConstraint(ConstraintType.FinishNoLaterThan, new DateTime(2026, 3, 27, 17, 0, 0, DateTimeKind.Unspecified)))).Assess();

        var check = a[HealthMetric.NegativeFloat];
        Assert.Equal(HealthStatus.Fail, check.Status);
        Assert.Equal(["T1", "T2", "T3", "T4", "T5"], check.Offenders);
    }

    [Theory]
    [InlineData(44, HealthStatus.Pass)]
    [InlineData(45, HealthStatus.Fail)]
    public void HighDurationFailsAboveFortyFourWorkingDays(int days, HealthStatus expected)
    {
        var a = new HealthNetwork().Replace("T3", t => HealthNetwork.With(t, duration: days * 480L)).Assess();

        Assert.Equal(expected, a[HealthMetric.HighDuration].Status);
    }

    [Fact]
    public void InvalidDatesFailForAnActualAfterTheDataDate()
    {
        var a = new HealthNetwork().Replace("T1", t => HealthNetwork.With(t, actualStart: HealthNetwork.Monday.AddDays(1))).Assess();

        Assert.Equal((HealthStatus.Fail, "T1"), (a[HealthMetric.InvalidDates].Status, string.Join(",", a[HealthMetric.InvalidDates].Offenders)));
    }

    [Fact]
    public void InvalidDatesFailForAStoredForecastBeforeTheDataDate()
    {
        var network = new HealthNetwork { DataDate = new DateTime(2026, 3, 9, 8, 0, 0, DateTimeKind.Unspecified) };
        network.Replace("T1", t => HealthNetwork.With(t, actualStart: HealthNetwork.Monday, actualFinish: Friday));
        network.Stored(new StoredActivityDates { Id = "T2", EarlyStart = HealthNetwork.Monday });

        var a = network.Assess();

        Assert.Equal((HealthStatus.Fail, "T2"), (a[HealthMetric.InvalidDates].Status, string.Join(",", a[HealthMetric.InvalidDates].Offenders)));
    }

    [Fact]
    public void ResourcesAreNotAssessedWithoutResourceDataAndFailWhenTasksLackThem()
    {
        var none = new HealthNetwork { HasResourceData = false }.Assess();
        var lacking = new HealthNetwork().Details("T2", d => d with { Resources = [] }).Details("T4", d => d with { Resources = [] }).Assess();
        var budgeted = new HealthNetwork().Details("T2", d => d with { Resources = [], Budget = 1000m }).Assess();

        Assert.Equal(HealthStatus.NotAssessed, none[HealthMetric.Resources].Status);
        Assert.Equal("the file holds no resource or budget data", none[HealthMetric.Resources].Detail);
        Assert.Equal((HealthStatus.Fail, 40.0, "T2,T4"), (lacking[HealthMetric.Resources].Status, lacking[HealthMetric.Resources].Figure, string.Join(",", lacking[HealthMetric.Resources].Offenders)));
        Assert.Equal(HealthStatus.Pass, budgeted[HealthMetric.Resources].Status);
    }

    [Fact]
    public void MissedTasksAndBeiNeedABaseline()
    {
        var a = new HealthNetwork { HasBaseline = false }.Assess();

        Assert.Equal(HealthStatus.NotAssessed, a[HealthMetric.MissedTasks].Status);
        Assert.Equal(HealthStatus.NotAssessed, a[HealthMetric.BaselineExecutionIndex].Status);
    }

    [Fact]
    public void MissedTasksAndBeiPassWhenDueWorkFinishedOnTime()
    {
        var a = Progressed(secondFinished: true).Assess();

        Assert.Equal((HealthStatus.Pass, 0.0), (a[HealthMetric.MissedTasks].Status, a[HealthMetric.MissedTasks].Figure));
        Assert.Equal((HealthStatus.Pass, 1.0), (a[HealthMetric.BaselineExecutionIndex].Status, a[HealthMetric.BaselineExecutionIndex].Figure));
    }

    [Fact]
    public void MissedTasksAndBeiFailWhenDueWorkIsNotFinished()
    {
        var a = Progressed(secondFinished: false).Assess();

        Assert.Equal((HealthStatus.Fail, 50.0, "T2"), (a[HealthMetric.MissedTasks].Status, a[HealthMetric.MissedTasks].Figure, string.Join(",", a[HealthMetric.MissedTasks].Offenders)));
        Assert.Equal((HealthStatus.Fail, 0.5), (a[HealthMetric.BaselineExecutionIndex].Status, a[HealthMetric.BaselineExecutionIndex].Figure));
    }

    [Fact]
    public void TheCriticalPathTestPassesWhenTheDelayReachesTheFinish()
    {
        var check = new HealthNetwork().Assess()[HealthMetric.CriticalPathTest];

        Assert.Equal(HealthStatus.Pass, check.Status);
        Assert.Equal(600, check.Figure);
        Assert.StartsWith("T1 delayed by 600 working days: the project finish moved 600 working days", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCriticalPathTestFailsWhenAMandatoryFinishHoldsTheFinish()
    {
        var a = new HealthNetwork().Replace("T5", t => HealthNetwork.With(t, constraint: new ScheduleConstraint(ConstraintType.MandatoryFinish, new DateTime(2026, 4, 3, 17, 0, 0, DateTimeKind.Unspecified)))).Assess();

        var check = a[HealthMetric.CriticalPathTest];
        Assert.Equal(HealthStatus.Fail, check.Status);
        Assert.Single(check.Offenders);
    }

    [Fact]
    public void TheCriticalPathTestIsNotAssessedWhenTheDelayRunsPastTheLastSchedulableYear()
    {
        var lateStart = new DateTime(2200, 6, 2, 8, 0, 0, DateTimeKind.Unspecified);
        var check = Excel.TestWorkbook.InCulture("en", () => new HealthNetwork { ProjectStart = lateStart, DataDate = lateStart }.Assess())[HealthMetric.CriticalPathTest];

        Assert.Equal(HealthStatus.NotAssessed, check.Status);
        Assert.StartsWith("the delayed schedule could not be computed: ", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void CpliIsOneWithoutADeadlineAndFailsWhenTheMustFinishDateIsTenDaysShort()
    {
        var onTime = new HealthNetwork().Assess()[HealthMetric.CriticalPathLengthIndex];
        var late = new HealthNetwork { MustFinishBy = new DateTime(2026, 3, 20, 17, 0, 0, DateTimeKind.Unspecified) }.Assess()[HealthMetric.CriticalPathLengthIndex];

        Assert.Equal((HealthStatus.Pass, 1.0), (onTime.Status, onTime.Figure));
        Assert.Equal((HealthStatus.Fail, 0.6), (late.Status, late.Figure));
        Assert.Equal("critical path length 25 working days, its total float -10 working days", late.Detail);
    }

    [Fact]
    public void NamesAndVerdictsAreInChineseForAChineseUser()
    {
        var a = Excel.TestWorkbook.InCulture("zh-Hans", () => new HealthNetwork { HasResourceData = false }.Assess());

        Assert.Equal("缺少逻辑关系", a[HealthMetric.MissingLogic].Name);
        Assert.Equal("文件中没有资源或预算数据", a[HealthMetric.Resources].Detail);
        Assert.Equal("未评估", Excel.TestWorkbook.InCulture("zh-Hans", () => HealthReportText.Status(HealthStatus.NotAssessed)));
    }

    /// <summary>Data date two weeks in: T1 and T2 were due (baseline), T1 finished on time, T2 as asked.</summary>
    private static HealthNetwork Progressed(bool secondFinished)
    {
        var network = new HealthNetwork { DataDate = new DateTime(2026, 3, 16, 8, 0, 0, DateTimeKind.Unspecified), HasBaseline = true };
        network.Replace("T1", t => HealthNetwork.With(t, actualStart: HealthNetwork.Monday, actualFinish: Friday));
        network.Details("T1", d => d with { PlannedFinish = Friday });
        network.Details("T2", d => d with { PlannedFinish = Friday.AddDays(7) });
        network.Details("T3", d => d with { PlannedFinish = Friday.AddDays(14) });
        network.Replace("T2", t => secondFinished
            ? HealthNetwork.With(t, actualStart: HealthNetwork.Monday.AddDays(7), actualFinish: Friday.AddDays(7))
            : HealthNetwork.With(t, actualStart: HealthNetwork.Monday.AddDays(7)));
        if (!secondFinished)
        {
            network.Replace("T2", t => new ScheduleActivity { Id = t.Id, Code = t.Code, OriginalDurationMinutes = t.OriginalDurationMinutes, RemainingDurationMinutes = 960, ActualStart = t.ActualStart, PercentComplete = 60 });
        }

        return network;
    }
}
