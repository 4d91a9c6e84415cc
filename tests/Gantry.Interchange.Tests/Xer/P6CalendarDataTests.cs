using Gantry.Interchange.Xer;
using Xunit;

namespace Gantry.Interchange.Tests.Xer;

public sealed class P6CalendarDataTests
{
    [Fact]
    public void WorkWeekWithALunchBreakHasTwoPeriodsPerDay()
    {
        var data = P6CalendarData.Parse(XerText.FiveDayCalendar);

        Assert.Empty(data.WorkWeek(DayOfWeek.Sunday));
        Assert.Equal([new P6WorkPeriod(480, 720), new P6WorkPeriod(780, 1020)], data.WorkWeek(DayOfWeek.Monday));
        Assert.Empty(data.WorkWeek(DayOfWeek.Saturday));
    }

    [Fact]
    public void ExceptionDayWithItsOwnHoursIsAWorkingException()
    {
        var data = P6CalendarData.Parse("(0||CalendarData()((0||DaysOfWeek()())(0||Exceptions()((0||0(d|42907)((0||0(s|08:00|f|16:00)())))))))");

        var day = Assert.Single(data.Exceptions);
        Assert.Equal(new DateOnly(2017, 6, 21), day.Date);
        Assert.True(day.IsWorking);
        Assert.Equal([new P6WorkPeriod(480, 960)], day.Periods);
    }

    [Theory]
    [InlineData(1, 1900, 1, 1)]
    [InlineData(59, 1900, 2, 28)]
    [InlineData(61, 1900, 3, 1)]
    [InlineData(41275, 2013, 1, 1)]
    [InlineData(45299, 2024, 1, 8)]
    public void SerialDayCountsLikeASpreadsheetWithTheLotusLeapYearBug(int serial, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), P6SerialDate.ToDate(serial));
        Assert.Equal(serial, P6SerialDate.FromDate(new DateOnly(year, month, day)));
    }

    [Fact]
    public void SerialDaySixtyIsTheNonExistentTwentyNinthOfFebruary1900()
    {
        Assert.Throws<FormatException>(() => P6SerialDate.ToDate(60));
    }

    [Fact]
    public void MidnightToMidnightIsATwentyFourHourDay()
    {
        var data = P6CalendarData.Parse("(0||CalendarData()((0||DaysOfWeek()((0||4()((0||0(s|00:00|f|00:00)())))))))");

        Assert.Equal([new P6WorkPeriod(0, 1440)], data.WorkWeek(DayOfWeek.Wednesday));
    }

    [Fact]
    public void DeleteCharactersBetweenNodesAreSeparators()
    {
        var data = P6CalendarData.Parse("(0||CalendarData()(\u007f\u007f  (0||DaysOfWeek()(\u007f\u007f(0||2()((0||0(s|07:30|f|15:30)())))))))");

        Assert.Equal([new P6WorkPeriod(450, 930)], data.WorkWeek(DayOfWeek.Monday));
    }

    [Theory]
    [InlineData("(0||CalendarData()((0||DaysOfWeek()((0||2()((0||0(s|08:00|f|12:00)())")]
    [InlineData("(0||CalendarData()((0||DaysOfWeek()((0||9()()))))))")]
    [InlineData("(0||CalendarData()((0||DaysOfWeek()((0||2()((0||0(s|17:00|f|08:00)())))))))")]
    [InlineData("(0||CalendarData()((0||Exceptions()((0||0(d|abc)())))))")]
    [InlineData("garbage")]
    public void BrokenCalendarTextIsAFormatError(string text)
    {
        Assert.Throws<FormatException>(() => P6CalendarData.Parse(text));
    }

    [Fact]
    public void HostileNestingIsRefusedWithoutOverflowingTheStack()
    {
        string text = string.Concat(Enumerable.Repeat("(0||X()(", 200_000));

        var error = Assert.Throws<FormatException>(() => P6CalendarData.Parse(text));

        Assert.Contains("nested too deeply", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void XmlFormOfNewerVersionsIsRead()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <Calendar>
              <StandardWorkWeek>
                <StandardWorkHours><DayOfWeek>Monday</DayOfWeek><WorkTime><Start>08:00</Start><Finish>11:59</Finish></WorkTime><WorkTime><Start>13:00</Start><Finish>16:59</Finish></WorkTime></StandardWorkHours>
                <StandardWorkHours><DayOfWeek>Sunday</DayOfWeek><WorkTime/></StandardWorkHours>
              </StandardWorkWeek>
              <HolidayOrExceptions>
                <HolidayOrException><Date>2024-10-01T00:00:00</Date></HolidayOrException>
                <HolidayOrException><Date>2024-10-12T00:00:00</Date><WorkTime><Start>09:00</Start><Finish>12:00</Finish></WorkTime></HolidayOrException>
              </HolidayOrExceptions>
            </Calendar>
            """;

        var data = P6CalendarData.Parse(xml);

        Assert.Equal([new P6WorkPeriod(480, 720), new P6WorkPeriod(780, 1020)], data.WorkWeek(DayOfWeek.Monday));
        Assert.Empty(data.WorkWeek(DayOfWeek.Sunday));
        Assert.Equal(2, data.Exceptions.Count);
        Assert.False(data.Exceptions[0].IsWorking);
        Assert.Equal([new P6WorkPeriod(540, 720)], data.Exceptions[1].Periods);
    }

    [Fact]
    public void OracleCalendarsCarryTheirHolidays()
    {
        var schedule = XerSchedule.ReadFile(OracleFiles.P6Programme);

        Assert.Equal(6, schedule.Calendars.Count);
        Assert.All(schedule.Calendars, c => Assert.True(c.Data.HasWorkWeek));
        var noHolidays = schedule.Calendars.Single(c => c.Id == 641);
        Assert.Empty(noHolidays.Data.Exceptions);
        Assert.Equal(7, Enum.GetValues<DayOfWeek>().Count(d => noHolidays.Data.WorkWeek(d).Count > 0));
        Assert.True(schedule.Calendars.Sum(c => c.Data.Exceptions.Count(e => !e.IsWorking)) > 800);
    }
}
