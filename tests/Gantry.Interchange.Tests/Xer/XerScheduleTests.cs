using Gantry.Interchange.Xer;
using Xunit;

namespace Gantry.Interchange.Tests.Xer;

public sealed class XerScheduleTests
{
    private static readonly Lazy<XerSchedule> Programme = new(() => XerSchedule.ReadFile(OracleFiles.P6Programme));

    [Fact]
    public void ProjectAndSchedulingOptionsOfTheProgrammeAreTyped()
    {
        var project = Assert.Single(Programme.Value.Projects);
        Assert.Equal(549, project.Id);
        Assert.Equal("HS2-LWM-IMP-040-20", project.ShortName);
        Assert.Equal(new DateTime(2017, 9, 16), project.DataDate);
        Assert.Equal("CT_TotFloat", project.CriticalPathType);
        var options = Assert.Single(Programme.Value.ScheduleOptions);
        Assert.True(options.RetainedLogic);
        Assert.Equal("FT_FF", options.FloatType);
        Assert.Equal("rcal_Predecessor", options.LagCalendar);
    }

    [Fact]
    public void ResourcesAssignmentsCodesUserFieldsAndCurrenciesAreTyped()
    {
        var schedule = Programme.Value;

        Assert.Equal(180, schedule.Resources.Count);
        Assert.Equal(692, schedule.Assignments.Count);
        Assert.All(schedule.Assignments, a => Assert.Contains(schedule.Tasks, t => t.Id == a.TaskId));
        Assert.Equal(3, schedule.ActivityCodeTypes.Count);
        Assert.Equal(38, schedule.ActivityCodes.Count);
        Assert.Equal(3956, schedule.TaskActivityCodes.Count);
        Assert.Equal(3, schedule.UdfTypes.Count);
        Assert.Equal(1823, schedule.UdfValues.Count);
        Assert.Equal(2266, schedule.Wbs.Count);
        Assert.Equal(17, schedule.Currencies.Count);
        Assert.Empty(schedule.Expenses);
        Assert.Contains(schedule.Currencies, c => c.ShortName == "GBP" && c.Symbol == "£");
    }

    [Fact]
    public void TablesTheTypedLayerDoesNotModelAreKept()
    {
        Assert.Equal(["OBS", "RCATTYPE", "RCATVAL", "RSRCRATE", "RSRCRCAT"], Programme.Value.OtherTables.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ActivityInProgressCarriesItsProgressAndP6Dates()
    {
        var task = Programme.Value.Tasks.Single(t => t.Id == 53669);

        Assert.Equal("TK_Active", task.Status);
        Assert.Equal(new DateTime(2017, 9, 14, 8, 0, 0), task.ActualStart);
        Assert.Equal(248m, task.RemainingDurationHours);
        Assert.Equal(280m, task.PlannedDurationHours);
        Assert.Equal(new DateTime(2017, 10, 18, 16, 0, 0), task.ExpectedFinish);
        Assert.Equal(568m, task.TotalFloatHours);
        Assert.Equal(641, task.CalendarId);
    }
}
