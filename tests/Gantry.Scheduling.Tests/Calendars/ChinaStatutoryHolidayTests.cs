using Gantry.Scheduling.Calendars;
using Xunit;
using static Gantry.Scheduling.Tests.Calendars.CalendarTestData;

namespace Gantry.Scheduling.Tests.Calendars;

/// <summary>
/// The embedded table against the State Council notices, transcribed here independently as
/// "festival: days off; make-up working days" per year.
/// </summary>
public class ChinaStatutoryHolidayTests
{
    // year → (festival, first day off, last day off, make-up working days)
    private static readonly (string Festival, string Off, string Through, string[] Work)[] Notices =
    [
        ("New Year", "2020-01-01", "2020-01-01", []),
        ("Spring Festival", "2020-01-24", "2020-02-02", ["2020-01-19"]), // extended to 2 Feb by the notice of 2020-01-27
        ("Qingming Festival", "2020-04-04", "2020-04-06", []),
        ("Labour Day", "2020-05-01", "2020-05-05", ["2020-04-26", "2020-05-09"]),
        ("Dragon Boat Festival", "2020-06-25", "2020-06-27", ["2020-06-28"]),
        ("National Day and Mid-Autumn Festival", "2020-10-01", "2020-10-08", ["2020-09-27", "2020-10-10"]),

        ("New Year", "2021-01-01", "2021-01-03", []),
        ("Spring Festival", "2021-02-11", "2021-02-17", ["2021-02-07", "2021-02-20"]),
        ("Qingming Festival", "2021-04-03", "2021-04-05", []),
        ("Labour Day", "2021-05-01", "2021-05-05", ["2021-04-25", "2021-05-08"]),
        ("Dragon Boat Festival", "2021-06-12", "2021-06-14", []),
        ("Mid-Autumn Festival", "2021-09-19", "2021-09-21", ["2021-09-18"]),
        ("National Day", "2021-10-01", "2021-10-07", ["2021-09-26", "2021-10-09"]),

        ("New Year", "2022-01-01", "2022-01-03", []),
        ("Spring Festival", "2022-01-31", "2022-02-06", ["2022-01-29", "2022-01-30"]),
        ("Qingming Festival", "2022-04-03", "2022-04-05", ["2022-04-02"]),
        ("Labour Day", "2022-04-30", "2022-05-04", ["2022-04-24", "2022-05-07"]),
        ("Dragon Boat Festival", "2022-06-03", "2022-06-05", []),
        ("Mid-Autumn Festival", "2022-09-10", "2022-09-12", []),
        ("National Day", "2022-10-01", "2022-10-07", ["2022-10-08", "2022-10-09"]),

        ("New Year", "2022-12-31", "2023-01-02", []),
        ("Spring Festival", "2023-01-21", "2023-01-27", ["2023-01-28", "2023-01-29"]),
        ("Qingming Festival", "2023-04-05", "2023-04-05", []),
        ("Labour Day", "2023-04-29", "2023-05-03", ["2023-04-23", "2023-05-06"]),
        ("Dragon Boat Festival", "2023-06-22", "2023-06-24", ["2023-06-25"]),
        ("National Day and Mid-Autumn Festival", "2023-09-29", "2023-10-06", ["2023-10-07", "2023-10-08"]),

        ("New Year", "2024-01-01", "2024-01-01", []),
        ("Spring Festival", "2024-02-10", "2024-02-17", ["2024-02-04", "2024-02-18"]),
        ("Qingming Festival", "2024-04-04", "2024-04-06", ["2024-04-07"]),
        ("Labour Day", "2024-05-01", "2024-05-05", ["2024-04-28", "2024-05-11"]),
        ("Dragon Boat Festival", "2024-06-10", "2024-06-10", []),
        ("Mid-Autumn Festival", "2024-09-15", "2024-09-17", ["2024-09-14"]),
        ("National Day", "2024-10-01", "2024-10-07", ["2024-09-29", "2024-10-12"]),

        ("New Year", "2025-01-01", "2025-01-01", []),
        ("Spring Festival", "2025-01-28", "2025-02-04", ["2025-01-26", "2025-02-08"]),
        ("Qingming Festival", "2025-04-04", "2025-04-06", []),
        ("Labour Day", "2025-05-01", "2025-05-05", ["2025-04-27"]),
        ("Dragon Boat Festival", "2025-05-31", "2025-06-02", []),
        ("National Day and Mid-Autumn Festival", "2025-10-01", "2025-10-08", ["2025-09-28", "2025-10-11"]),

        ("New Year", "2026-01-01", "2026-01-03", ["2026-01-04"]),
        ("Spring Festival", "2026-02-15", "2026-02-23", ["2026-02-14", "2026-02-28"]),
        ("Qingming Festival", "2026-04-04", "2026-04-06", []),
        ("Labour Day", "2026-05-01", "2026-05-05", ["2026-05-09"]),
        ("Dragon Boat Festival", "2026-06-19", "2026-06-21", []),
        ("Mid-Autumn Festival", "2026-09-25", "2026-09-27", []),
        ("National Day", "2026-10-01", "2026-10-07", ["2026-09-20", "2026-10-10"]),
    ];

    private static readonly WorkCalendar China = WorkCalendar.Compile(new CalendarDefinition { Id = "cn", IncludeChinaStatutoryHolidays = true });

    private static Dictionary<DateOnly, (ChinaHolidayKind Kind, string Festival)> Expected()
    {
        var expected = new Dictionary<DateOnly, (ChinaHolidayKind, string)>();
        foreach (var (festival, off, through, work) in Notices)
        {
            for (var d = Day(off); d <= Day(through); d = d.AddDays(1))
            {
                expected.Add(d, (ChinaHolidayKind.Holiday, festival));
            }

            foreach (var w in work)
            {
                expected.Add(Day(w), (ChinaHolidayKind.MakeUpWorkday, festival));
            }
        }

        return expected;
    }

    [Fact]
    public void EmbeddedTableMatchesTheNoticesDayByDay()
    {
        var expected = Expected();
        var actual = ChinaStatutoryHolidays.Days.ToDictionary(d => d.Date, d => (d.Kind, d.FestivalEnglish));
        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(a => a.Key));
    }

    [Fact]
    public void CoveredYearsAre2020To2026()
    {
        Assert.Equal(2020, ChinaStatutoryHolidays.FirstYear);
        Assert.Equal(2026, ChinaStatutoryHolidays.LastYear);
    }

    [Fact]
    public void EveryDateOf2020To2026WorksExactlyAsTheNoticesSay()
    {
        var expected = Expected();
        for (var d = Day("2020-01-01"); d <= Day("2026-12-31"); d = d.AddDays(1))
        {
            var working = expected.TryGetValue(d, out var entry)
                ? entry.Kind == ChinaHolidayKind.MakeUpWorkday
                : d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            Assert.True(working == China.PeriodsOn(d).Count > 0, $"{d:yyyy-MM-dd} should be {(working ? "working" : "off")}");
        }
    }

    [Fact]
    public void FestivalNamesAreGivenInChineseAndEnglish()
    {
        var day = ChinaStatutoryHolidays.Find(Day("2024-02-10"));
        Assert.Equal(new ChinaHolidayDay(Day("2024-02-10"), ChinaHolidayKind.Holiday, "春节", "Spring Festival"), day);
        Assert.Equal("劳动节", ChinaStatutoryHolidays.Find(Day("2025-04-27"))?.FestivalChinese);
        Assert.Null(ChinaStatutoryHolidays.Find(Day("2024-03-04")));
    }

    [Theory]
    [InlineData("2024-02-08 08:00", 5 * 480, "2024-02-20 17:00")] // Thu, Fri, make-up Sun 18th, Mon, Tue
    [InlineData("2024-02-08 08:00", 2 * 480, "2024-02-09 17:00")]
    [InlineData("2024-02-09 17:00", 1, "2024-02-18 08:01")]
    [InlineData("2024-02-02 08:00", 2 * 480, "2024-02-04 17:00")] // Fri, then make-up Sun 4th
    [InlineData("2025-01-24 08:00", 4 * 480, "2025-02-05 17:00")] // Fri 24th, make-up Sun 26th, Mon 27th, then Wed 5 Feb
    [InlineData("2025-04-30 08:00", 2 * 480, "2025-05-06 17:00")]
    [InlineData("2026-09-30 08:00", 2 * 480, "2026-10-08 17:00")]
    public void WorkingTimeArithmeticSkipsHolidaysAndUsesMakeUpDays(string start, long minutes, string finish) =>
        Assert.Equal(finish, Show(China.AddWork(At(start), minutes)));

    [Fact]
    public void MakeUpDaysTakeTheCalendarsNormalWeekdayHours()
    {
        var tenHour = WorkCalendar.Compile(new CalendarDefinition
        {
            Id = "cn-ten-hour",
            IncludeChinaStatutoryHolidays = true,
            WorkWeek = WorkWeek.Uniform(
                [DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
                [new WorkingPeriod(420, 720), new WorkingPeriod(780, 1080)]),
        });
        Assert.Equal("07:00-12:00 13:00-18:00", string.Join(' ', tenHour.PeriodsOn(Day("2024-02-18"))));
        Assert.Empty(tenHour.PeriodsOn(Day("2024-02-14")));
    }

    [Fact]
    public void DerivedCalendarInheritsTheSwitchAndItsOwnExceptionWins()
    {
        var all = new Dictionary<string, CalendarDefinition>
        {
            ["cn"] = new() { Id = "cn", IncludeChinaStatutoryHolidays = true },
            ["cn-site"] = new()
            {
                Id = "cn-site",
                BaseCalendarId = "cn",
                Exceptions = [new CalendarException(Day("2024-10-07"), Day("2024-10-07"), [new WorkingPeriod(480, 720)], "Pour before the rain")],
            },
        };
        var site = WorkCalendar.Compile(all["cn-site"], all);
        Assert.Empty(site.PeriodsOn(Day("2024-10-01")));
        Assert.Equal("08:00-12:00", string.Join(' ', site.PeriodsOn(Day("2024-10-07"))));
        Assert.NotEmpty(site.PeriodsOn(Day("2024-10-12")));
    }

    [Fact]
    public void WithoutTheSwitchHolidaysAreOrdinaryDays()
    {
        var plain = WorkCalendar.Compile(new CalendarDefinition { Id = "plain" });
        Assert.NotEmpty(plain.PeriodsOn(Day("2024-10-01")));
        Assert.Empty(plain.PeriodsOn(Day("2024-10-12")));
    }

    [Theory]
    [InlineData("date,kind,festival_zh,festival_en\n2024-13-01,holiday,x,y\n", "line 2")]
    [InlineData("# c\ndate,kind,festival_zh,festival_en\n2024-10-01,vacation,x,y\n", "line 3")]
    [InlineData("date,kind,festival_zh,festival_en\n2024-10-01,holiday,x\n", "line 2")]
    [InlineData("date,kind,festival_zh,festival_en\n2024-10-01,holiday,x,y\n2024-10-01,holiday,x,y\n", "appears twice")]
    public void ABadTableRowIsReportedWithItsLine(string text, string expectedFragment)
    {
        var error = Assert.Throws<CalendarError>(() => ChinaStatutoryHolidays.Parse(new StringReader(text)));
        Assert.Contains(expectedFragment, error.Message, StringComparison.Ordinal);
    }
}
