using Gantry.Interchange.Xer;
using Gantry.Scheduling;
using Xunit;

namespace Gantry.Interchange.Tests.Xer;

/// <summary>P6 resource-dependent activities work on their resources' calendars.</summary>
public sealed class XerAssignmentMapperTests
{
    /// <summary>An early crew: 06:00-10:00 and 11:00-15:00, Monday to Friday, Tuesday 2024-01-09 a holiday.</summary>
    private static readonly string EarlyCrew = XerText.FiveDayCalendar
        .Replace("08:00", "06:00", StringComparison.Ordinal).Replace("12:00", "10:00", StringComparison.Ordinal)
        .Replace("13:00", "11:00", StringComparison.Ordinal).Replace("17:00", "15:00", StringComparison.Ordinal);

    private static ImportedSchedule Map(string taskType) => XerScheduleMapper.Map(XerSchedule.From(XerText.Read(
        XerText.Project(["1\t1\t\t10\tA1000\tExcavate\t" + taskType + "\tTK_NotStart\t16\t16\t\t\t\t"], [])
            .Replace("%T\tSCHEDOPTIONS", "%R\t20\tN\tEarly crew\t\t\tCA_Rsrc\t8\t40\t172\t2000\t" + EarlyCrew + "\r\n%T\tSCHEDOPTIONS", StringComparison.Ordinal)
            .Replace("%E\r\n", XerText.Lines(
                "%T\tRSRC",
                "%F\trsrc_id\tclndr_id\trsrc_short_name\trsrc_name\trsrc_type",
                "%R\t5\t20\tCREW\tEarly crew\tRT_Labor",
                "%R\t6\t\tSAND\tSand\tRT_Mat",
                "%T\tTASKRSRC",
                "%F\ttaskrsrc_id\ttask_id\tproj_id\trsrc_id\tremain_qty\ttarget_qty\tremain_qty_per_hr\trelag_drtn_hr_cnt",
                "%R\t70\t1\t1\t5\t16\t16\t1\t0",
                "%R\t71\t1\t1\t6\t40\t40\t5\t0",
                "%E"), StringComparison.Ordinal))));

    [Fact]
    public void ResourceDependentActivityWorksOnItsResourceCalendar()
    {
        var imported = Map("TT_Rsrc");

        var assignment = Assert.Single(imported.Network.Activities[0].Assignments);
        Assert.Equal(("5", "20", 960L, 1.0), (assignment.ResourceId, assignment.CalendarId, assignment.RemainingWorkMinutes, assignment.Units));

        // Monday 08:00-10:00 and 11:00-15:00 (6 h), Tuesday off, Wednesday's 8 h, Thursday 06:00-08:00:
        // the activity's own calendar would have finished on Wednesday at 17:00.
        var result = Scheduler.Schedule(imported.Network, imported.Options);
        Assert.Equal(new DateTime(2024, 1, 8, 8, 0, 0), result["1"].EarlyStart);
        Assert.Equal(new DateTime(2024, 1, 11, 8, 0, 0), result["1"].EarlyFinish);
    }

    [Fact]
    public void TaskDependentActivityKeepsItsDurationWhateverItsResources()
    {
        Assert.Empty(Map("TT_Task").Network.Activities[0].Assignments);
    }
}
