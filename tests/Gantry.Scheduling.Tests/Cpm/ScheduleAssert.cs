using Xunit;

namespace Gantry.Scheduling.Tests.Cpm;

/// <summary>Compares dates as planners read them ("2024-01-12 17:00") so a failure shows the date.</summary>
internal static class ScheduleAssert
{
    public static void Dates(ActivityResult result, string earlyStart, string earlyFinish, string lateStart, string lateFinish)
    {
        Assert.Equal(
            (earlyStart, earlyFinish, lateStart, lateFinish),
            (NetworkBuilder.Show(result.EarlyStart), NetworkBuilder.Show(result.EarlyFinish), NetworkBuilder.Show(result.LateStart), NetworkBuilder.Show(result.LateFinish)));
    }

    public static void Early(ActivityResult result, string earlyStart, string earlyFinish)
    {
        Assert.Equal((earlyStart, earlyFinish), (NetworkBuilder.Show(result.EarlyStart), NetworkBuilder.Show(result.EarlyFinish)));
    }

    public static void Late(ActivityResult result, string lateStart, string lateFinish)
    {
        Assert.Equal((lateStart, lateFinish), (NetworkBuilder.Show(result.LateStart), NetworkBuilder.Show(result.LateFinish)));
    }

    public static void FloatDays(ActivityResult result, double totalDays, double freeDays)
    {
        Assert.Equal(((long)(totalDays * NetworkBuilder.Day), (long)(freeDays * NetworkBuilder.Day)), (result.TotalFloatMinutes!.Value, result.FreeFloatMinutes!.Value));
    }
}
