using System.Globalization;
using System.Xml.Linq;
using Gantry.Scheduling.Calendars;
using Xunit;

namespace Gantry.Scheduling.Tests.Calendars;

/// <summary>
/// Every recurring exception MS Project 2016 wrote into the oracle file, mapped field by field onto
/// <see cref="RecurringException"/>. MS Project also wrote the resulting span (TimePeriod From/To, the
/// To being the last occurrence), so expanding by occurrences must end on that date and expanding up to
/// that date must give that many occurrences.
/// </summary>
public class OracleRecurringExceptionTests
{
    private static readonly XNamespace Ns = "http://schemas.microsoft.com/project";

    public static TheoryData<string> ExceptionNames()
    {
        var data = new TheoryData<string>();
        foreach (var e in Exceptions())
        {
            data.Add((string)e.Element(Ns + "Name")!);
        }

        return data;
    }

    [Fact]
    public void OracleHoldsEveryRecurrenceForm()
    {
        var types = Exceptions().Select(e => (int)e.Element(Ns + "Type")!).ToHashSet();
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], types.Order());
    }

    [Theory]
    [MemberData(nameof(ExceptionNames))]
    public void ExpandingByOccurrencesEndsOnTheDateMsProjectWrote(string name)
    {
        var (rule, from, to, occurrences) = Map(Exceptions().Single(e => (string)e.Element(Ns + "Name")! == name));
        var calendar = Compile(Marked(rule) with { Occurrences = occurrences, Until = null });

        var dates = NonStandardDays(calendar, from, to.AddDays(400));
        Assert.Equal(occurrences, dates.Count);
        Assert.Equal(to, dates[^1]);
        Assert.True(dates[0] >= from);
    }

    [Theory]
    [MemberData(nameof(ExceptionNames))]
    public void ExpandingUpToTheWrittenEndGivesTheWrittenOccurrences(string name)
    {
        var (rule, from, to, occurrences) = Map(Exceptions().Single(e => (string)e.Element(Ns + "Name")! == name));
        var calendar = Compile(Marked(rule) with { Occurrences = null, Until = to });

        Assert.Equal(occurrences, NonStandardDays(calendar, from, to.AddDays(400)).Count);
    }

    [Fact]
    public void RecurringWorkingExceptionWorksItsOwnHoursOnTheFirstSaturdays()
    {
        var (rule, _, _, _) = Map(Exceptions().Single(e => (string)e.Element(Ns + "Name")! == "Recurring Working"));
        var calendar = Compile(rule);
        foreach (var saturday in new[] { "2010-01-02", "2010-02-06", "2010-03-06" })
        {
            Assert.Equal("09:00-13:00 14:00-17:00", string.Join(' ', calendar.PeriodsOn(DateOnly.ParseExact(saturday, "yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }

        Assert.Empty(calendar.PeriodsOn(new DateOnly(2010, 4, 3)));
    }

    private static WorkCalendar Compile(RecurringException rule) =>
        WorkCalendar.Compile(new CalendarDefinition { Id = "oracle", RecurringExceptions = [rule] });

    /// <summary>The same rule made to work 10:00–11:00, so that every date it produces shows, weekends included.</summary>
    private static RecurringException Marked(RecurringException rule) => rule with { Periods = [new WorkingPeriod(600, 660)] };

    /// <summary>Dates whose periods differ from the standard week: what the exception changed.</summary>
    private static List<DateOnly> NonStandardDays(WorkCalendar calendar, DateOnly from, DateOnly to)
    {
        var days = new List<DateOnly>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (!calendar.PeriodsOn(d).SequenceEqual(WorkWeek.Standard.PeriodsOn(d.DayOfWeek)))
            {
                days.Add(d);
            }
        }

        return days;
    }

    private static IEnumerable<XElement> Exceptions()
    {
        var document = XDocument.Load(OracleFiles.PathOf("msproject/calendar-recurring-exceptions-project2016-mspdi.xml"));
        return document.Descendants(Ns + "Exception");
    }

    /// <summary>The MSPDI → Gantry mapping the interchange reader uses, written out for the test.</summary>
    private static (RecurringException Rule, DateOnly From, DateOnly To, int Occurrences) Map(XElement e)
    {
        int Int(string field, int fallback = 0) => e.Element(Ns + field) is { } x ? int.Parse(x.Value, CultureInfo.InvariantCulture) : fallback;
        DateOnly Date(string field) => DateOnly.FromDateTime(DateTime.Parse(e.Element(Ns + "TimePeriod")!.Element(Ns + field)!.Value, CultureInfo.InvariantCulture));

        var pattern = Int("Type") switch
        {
            1 or 7 => RecurrencePattern.Daily,
            2 => RecurrencePattern.YearlyByDate,
            3 => RecurrencePattern.YearlyByWeekday,
            4 => RecurrencePattern.MonthlyByDay,
            5 => RecurrencePattern.MonthlyByWeekday,
            6 => RecurrencePattern.Weekly,
            var other => throw new InvalidDataException($"MSPDI exception type {other}"),
        };
        var periods = e.Descendants(Ns + "WorkingTime")
            .Select(w => new WorkingPeriod(
                (int)TimeOnly.Parse(w.Element(Ns + "FromTime")!.Value, CultureInfo.InvariantCulture).ToTimeSpan().TotalMinutes,
                (int)TimeOnly.Parse(w.Element(Ns + "ToTime")!.Value, CultureInfo.InvariantCulture).ToTimeSpan().TotalMinutes))
            .ToList();
        var rule = new RecurringException(pattern, Date("FromDate"), Int("DayWorking") == 1 ? periods : [], (string?)e.Element(Ns + "Name"))
        {
            Interval = Int("Period", 1),
            Occurrences = Int("Occurrences"),
            DaysOfWeek = (WeekDays)Int("DaysOfWeek"),
            DayOfMonth = Int("MonthDay", 1),
            Month = Int("Month") + 1,
            Position = (WeekOfMonth)Int("MonthPosition"),
            DayKind = (MonthDayKind)Int("MonthItem"),
        };
        return (rule, Date("FromDate"), Date("ToDate"), Int("Occurrences"));
    }
}
