using Gantry.Scheduling.Calendars;
using Xunit;

namespace Gantry.Scheduling.Tests.Calendars;

/// <summary>
/// Laws that hold for every calendar and instant, checked on seeded random samples across weekends,
/// holidays, make-up days, lunch breaks and night shifts, plus a minute-by-minute reference walk.
/// </summary>
public class CalendarPropertyTests
{
    private const int Samples = 3000;

    public static TheoryData<string> CalendarNames() => new(Calendars().Keys);

    [Theory]
    [MemberData(nameof(CalendarNames))]
    public void WorkBetweenAStartAndItsFinishIsTheWorkAdded(string name)
    {
        var calendar = Calendars()[name];
        var random = new Random(11);
        for (var i = 0; i < Samples; i++)
        {
            var (start, minutes) = Sample(random);
            Assert.Equal(minutes, calendar.WorkBetween(start, calendar.AddWork(start, minutes)));
        }
    }

    [Theory]
    [MemberData(nameof(CalendarNames))]
    public void AddWorkThenSubtractWorkReturnsToTheStartOfWork(string name)
    {
        var calendar = Calendars()[name];
        var random = new Random(12);
        for (var i = 0; i < Samples; i++)
        {
            var (start, minutes) = Sample(random);
            if (minutes == 0)
            {
                continue;
            }

            var finish = calendar.AddWork(start, minutes);
            Assert.Equal(calendar.NextWorkStart(start), calendar.SubtractWork(finish, minutes));
            Assert.Equal(calendar.PreviousWorkEnd(finish), calendar.AddWork(calendar.SubtractWork(finish, minutes), minutes));
            Assert.Equal(finish, calendar.AddWork(start, -(-minutes)));
            Assert.Equal(calendar.SubtractWork(finish, minutes), calendar.AddWork(finish, -minutes));
        }
    }

    [Theory]
    [MemberData(nameof(CalendarNames))]
    public void AddWorkMatchesAMinuteByMinuteWalk(string name)
    {
        var calendar = Calendars()[name];
        var random = new Random(13);
        for (var i = 0; i < 200; i++)
        {
            var start = Instant(random);
            var minutes = random.Next(1, 4000);
            Assert.Equal(Walk(calendar, start, minutes), calendar.AddWork(start, minutes));
        }
    }

    [Theory]
    [MemberData(nameof(CalendarNames))]
    public void NextWorkStartIsWorkingAndNothingBeforeItIs(string name)
    {
        var calendar = Calendars()[name];
        var random = new Random(14);
        for (var i = 0; i < 300; i++)
        {
            var t = Instant(random);
            var next = calendar.NextWorkStart(t);
            Assert.True(calendar.IsWorking(next));
            Assert.Equal(0, calendar.WorkBetween(t, next));
            var previous = calendar.PreviousWorkEnd(t);
            Assert.True(calendar.IsWorking(previous.AddMinutes(-1)));
            Assert.Equal(0, calendar.WorkBetween(previous, t));
        }
    }

    /// <summary>The slow, obvious definition: step one minute at a time until enough working minutes have passed.</summary>
    private static DateTime Walk(WorkCalendar calendar, DateTime start, int minutes)
    {
        var t = start;
        var done = 0;
        while (true)
        {
            var periods = calendar.PeriodsOn(DateOnly.FromDateTime(t));
            var minuteOfDay = (int)t.TimeOfDay.TotalMinutes;
            if (periods.Any(p => p.StartMinute <= minuteOfDay && minuteOfDay < p.EndMinute) && ++done == minutes)
            {
                return t.AddMinutes(1);
            }

            t = t.AddMinutes(1);
        }
    }

    private static (DateTime Start, long Minutes) Sample(Random random) =>
        (Instant(random), random.Next(4) == 0 ? random.Next(0, 100) : random.Next(0, 200_000));

    private static DateTime Instant(Random random) =>
        new DateTime(2019, 6, 1).AddMinutes(random.Next(0, 7 * 365 * 1440));

    private static Dictionary<string, WorkCalendar> Calendars()
    {
        var night = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>
        {
            [DayOfWeek.Monday] = [new WorkingPeriod(1320, 1440)],
            [DayOfWeek.Tuesday] = [new WorkingPeriod(0, 360), new WorkingPeriod(1320, 1440)],
            [DayOfWeek.Wednesday] = [new WorkingPeriod(0, 360), new WorkingPeriod(1320, 1440)],
            [DayOfWeek.Thursday] = [new WorkingPeriod(0, 360), new WorkingPeriod(1320, 1440)],
            [DayOfWeek.Friday] = [new WorkingPeriod(0, 360), new WorkingPeriod(1320, 1440)],
            [DayOfWeek.Saturday] = [new WorkingPeriod(0, 360)],
        };
        return new Dictionary<string, WorkCalendar>
        {
            ["standard"] = WorkCalendar.Compile(new CalendarDefinition { Id = "standard" }),
            ["china"] = WorkCalendar.Compile(new CalendarDefinition { Id = "china", IncludeChinaStatutoryHolidays = true }),
            ["night"] = WorkCalendar.Compile(new CalendarDefinition { Id = "night", WorkWeek = new WorkWeek(night), IncludeChinaStatutoryHolidays = true }),
            ["24h"] = WorkCalendar.TwentyFourHour,
            ["monthly-shutdowns"] = WorkCalendar.Compile(new CalendarDefinition
            {
                Id = "monthly-shutdowns",
                RecurringExceptions =
                [
                    new RecurringException(RecurrencePattern.MonthlyByWeekday, new DateOnly(2019, 1, 1), []) { DayKind = MonthDayKind.Weekday, Position = WeekOfMonth.Last, Until = new DateOnly(2030, 1, 1) },
                    new RecurringException(RecurrencePattern.Weekly, new DateOnly(2019, 1, 1), [new WorkingPeriod(420, 690)]) { DaysOfWeek = WeekDays.Saturday, Interval = 2, Until = new DateOnly(2030, 1, 1) },
                ],
            }),
        };
    }
}
