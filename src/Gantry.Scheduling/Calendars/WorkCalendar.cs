using System.Globalization;

namespace Gantry.Scheduling.Calendars;

/// <summary>
/// A compiled calendar: immutable, thread-safe and allocation-free after a year is first touched.
/// Every question is answered through one function, the working minutes done from 1900-01-01 to an
/// instant ("work position"): it only grows, by one per working minute, so adding work is finding
/// where it reaches a value. Per-year day tables make that a short search that starts at the asked day.
/// Times are local wall-clock minutes; seconds and the DateTime kind are ignored.
/// </summary>
public sealed class WorkCalendar
{
    private const long TicksPerMinute = TimeSpan.TicksPerMinute;

    private readonly DayShape[] weekShapes = new DayShape[7];
    private readonly Dictionary<int, DayShape> overrideShapes;
    private readonly YearTable?[] years = new YearTable?[CalendarRange.YearCount];

    /// <summary>Entry y = working minutes before 1 January of year FirstYear + y; the last entry is the total.</summary>
    private readonly long[] workBeforeYear = new long[CalendarRange.YearCount + 1];

    private WorkCalendar(CalendarDefinition definition, CalendarResolver resolved)
    {
        Id = definition.Id;
        Name = definition.Name;
        MinutesPerDay = CheckUnit(definition.MinutesPerDay, nameof(definition.MinutesPerDay), definition.Id);
        MinutesPerWeek = CheckUnit(definition.MinutesPerWeek, nameof(definition.MinutesPerWeek), definition.Id);
        MinutesPerMonth = CheckUnit(definition.MinutesPerMonth, nameof(definition.MinutesPerMonth), definition.Id);
        Week = resolved.Week;

        for (var d = 0; d < 7; d++)
        {
            weekShapes[d] = new DayShape([.. Week.PeriodsOn((DayOfWeek)d)]);
        }

        // Ranges and dated weeks share one periods array across their days; one shape per array keeps memory small.
        var makeUpDay = new DayShape([.. Week.NormalWeekdayPeriods()]);
        var shapeOfArray = new Dictionary<WorkingPeriod[], DayShape>(ReferenceEqualityComparer.Instance);
        overrideShapes = new Dictionary<int, DayShape>(resolved.Overrides.Count);
        foreach (var (day, periods) in resolved.Overrides)
        {
            if (periods is null)
            {
                overrideShapes[day] = makeUpDay;
            }
            else if (!shapeOfArray.TryGetValue(periods, out var shape))
            {
                shape = periods.Length == 0 ? DayShape.NonWorking : new DayShape(periods);
                shapeOfArray[periods] = shape;
                overrideShapes[day] = shape;
            }
            else
            {
                overrideShapes[day] = shape;
            }
        }

        ComputeYearTotals();
    }

    /// <summary>Every minute works: P6's 24-hour calendar for lags, and elapsed durations.</summary>
    public static WorkCalendar TwentyFourHour { get; } = Compile(new CalendarDefinition
    {
        Id = "24h",
        Name = "24 Hour",
        WorkWeek = WorkWeek.TwentyFourSeven,
        MinutesPerDay = 1440,
        MinutesPerWeek = 10080,
        MinutesPerMonth = 43200,
    });

    public string Id { get; }

    public string Name { get; }

    public int MinutesPerDay { get; }

    public int MinutesPerWeek { get; }

    public int MinutesPerMonth { get; }

    /// <summary>The resolved work week (own or inherited).</summary>
    public WorkWeek Week { get; }

    /// <summary>Compiles a definition; <paramref name="all"/> holds the base calendars it may inherit from, by id.</summary>
    public static WorkCalendar Compile(CalendarDefinition definition, IReadOnlyDictionary<string, CalendarDefinition>? all = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (string.IsNullOrWhiteSpace(definition.Id))
        {
            throw new CalendarError(EngineText.Format("CalendarDefinitionNoId", definition.Name));
        }

        return new WorkCalendar(definition, CalendarResolver.Resolve(definition, all));
    }

    /// <summary>
    /// Compiles every definition of a project or database, resolving base calendars among them. The first
    /// bad definition stops the whole set with its <see cref="CalendarError"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, WorkCalendar> CompileAll(IReadOnlyDictionary<string, CalendarDefinition> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        var compiled = new Dictionary<string, WorkCalendar>(all.Count, StringComparer.Ordinal);
        foreach (var (id, definition) in all)
        {
            compiled[id] = Compile(definition, all);
        }

        return compiled;
    }

    /// <summary>The working periods of a date after week, exceptions, inheritance and holidays.</summary>
    public IReadOnlyList<WorkingPeriod> PeriodsOn(DateOnly date)
    {
        if (!CalendarRange.Contains(date))
        {
            throw OutOfRange(date.ToDateTime(TimeOnly.MinValue));
        }

        return ShapeOf(CalendarRange.DayIndex(date)).Periods;
    }

    /// <summary>True when the minute starting at <paramref name="instant"/> is working time.</summary>
    public bool IsWorking(DateTime instant)
    {
        var minute = MinuteOf(instant);
        if (minute == CalendarRange.EndMinute)
        {
            return false;
        }

        var day = (int)(minute / CalendarRange.MinutesPerDay);
        return ShapeOf(day).IsWorking((int)(minute % CalendarRange.MinutesPerDay));
    }

    /// <summary>
    /// <paramref name="t"/> itself when it is inside a period (a period's start counts); otherwise the start of
    /// the next period. At a period's end that is the next period's start, because no work can start at 17:00.
    /// </summary>
    public DateTime NextWorkStart(DateTime t)
    {
        var position = Locate(t, out var year, out var day);
        return StartOfWorkingMinute(position + 1, t, year, day);
    }

    /// <summary>
    /// <paramref name="t"/> itself when it is inside a period (a period's end counts); otherwise the end of the
    /// previous period. At a period's start that is the previous period's end, because nothing can finish at 08:00.
    /// </summary>
    public DateTime PreviousWorkEnd(DateTime t)
    {
        var position = Locate(t, out var year, out var day);
        return EndOfWorkingMinute(position, t, year, day);
    }

    /// <summary>
    /// The finish after <paramref name="minutes"/> of work from <paramref name="start"/>. A finish that reaches the
    /// end of a period stays there (17:00, not the next 08:00), as P6 and MS Project show finishes.
    /// </summary>
    public DateTime AddWork(DateTime start, long minutes)
    {
        var position = Locate(start, out var year, out var day);
        if (minutes == 0)
        {
            return start;
        }

        if (minutes < 0)
        {
            return SubtractWork(start, NegateWithinRange(minutes));
        }

        return EndOfWorkingMinute(position + Math.Min(minutes, CalendarRange.EndMinute), start, year, day);
    }

    /// <summary>
    /// The start that is <paramref name="minutes"/> of work before <paramref name="finish"/>. A start that reaches
    /// the start of a period stays there (08:00, not the previous 17:00).
    /// </summary>
    public DateTime SubtractWork(DateTime finish, long minutes)
    {
        var position = Locate(finish, out var year, out var day);
        if (minutes == 0)
        {
            return finish;
        }

        if (minutes < 0)
        {
            return AddWork(finish, NegateWithinRange(minutes));
        }

        return StartOfWorkingMinute(position - Math.Min(minutes, CalendarRange.EndMinute) + 1, finish, year, day);
    }

    /// <summary>Working minutes in [<paramref name="from"/>, <paramref name="to"/>); negative when <paramref name="to"/> is earlier.</summary>
    public long WorkBetween(DateTime from, DateTime to) => WorkPosition(to) - WorkPosition(from);

    /// <summary>Working minutes from the start of the supported range (1900-01-01 00:00) up to <paramref name="t"/>.</summary>
    public long WorkPosition(DateTime t) => Locate(t, out _, out _);

    public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Id} ({Name})";

    /// <summary>Work position of <paramref name="t"/>, and the year index and day of that year it falls on.</summary>
    private long Locate(DateTime t, out int year, out int dayInYear)
    {
        var minute = MinuteOf(t);
        if (minute == CalendarRange.EndMinute)
        {
            year = CalendarRange.YearCount - 1;
            dayInYear = CalendarRange.YearStartDay[year + 1] - CalendarRange.YearStartDay[year] - 1;
            return workBeforeYear[^1];
        }

        var day = (int)(minute / CalendarRange.MinutesPerDay);
        year = CalendarRange.YearIndexOf(day);
        var table = Year(year);
        dayInYear = day - CalendarRange.YearStartDay[year];
        return workBeforeYear[year] + table.WorkBeforeDay[dayInYear]
            + table.Shapes[dayInYear].WorkBefore((int)(minute - ((long)day * CalendarRange.MinutesPerDay)));
    }

    /// <summary>
    /// The instant at which working minute number <paramref name="work"/> (1-based) ends. The search starts
    /// from the day the question was asked about, because most answers lie a few weeks away.
    /// </summary>
    private DateTime EndOfWorkingMinute(long work, DateTime asked, int hintYear, int hintDay)
    {
        if (work < 1 || work > workBeforeYear[^1])
        {
            throw NoWorkingTime(asked, work < 1);
        }

        var year = hintYear;
        if (workBeforeYear[year] >= work || work > workBeforeYear[year + 1])
        {
            year = YearReaching(work);
            hintDay = year > hintYear ? 0 : int.MaxValue;
        }

        var table = Year(year);
        var inYear = (int)(work - workBeforeYear[year]);
        var dayInYear = table.DayReaching(inYear, Math.Min(hintDay, table.Shapes.Length - 1));
        var minuteOfDay = table.Shapes[dayInYear].MinuteWhenDone(inYear - table.WorkBeforeDay[dayInYear]);
        var day = CalendarRange.YearStartDay[year] + dayInYear;
        return Instant(((long)day * CalendarRange.MinutesPerDay) + minuteOfDay);
    }

    /// <summary>The instant at which working minute number <paramref name="work"/> (1-based) starts.</summary>
    private DateTime StartOfWorkingMinute(long work, DateTime asked, int hintYear, int hintDay) =>
        EndOfWorkingMinute(work, asked, hintYear, hintDay).AddTicks(-TicksPerMinute);

    /// <summary>Last year whose start has done less than <paramref name="work"/>: the working minute ends inside it.</summary>
    private int YearReaching(long work)
    {
        int low = 0, high = CalendarRange.YearCount - 1;
        while (low < high)
        {
            var mid = (low + high + 1) >> 1;
            if (workBeforeYear[mid] < work)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    /// <summary>
    /// Turns a negative amount of work around. Anything beyond the whole range's minutes cannot be reached
    /// anyway, so it is capped there: this keeps long.MinValue from bouncing between AddWork and SubtractWork.
    /// </summary>
    private static long NegateWithinRange(long minutes) => -Math.Max(minutes, -CalendarRange.EndMinute);

    private DayShape ShapeOf(int day)
    {
        var year = CalendarRange.YearIndexOf(day);
        return Year(year).Shapes[day - CalendarRange.YearStartDay[year]];
    }

    private YearTable Year(int index) => Volatile.Read(ref years[index]) ?? BuildYear(index);

    private YearTable BuildYear(int index)
    {
        var first = CalendarRange.YearStartDay[index];
        var shapes = new DayShape[CalendarRange.YearStartDay[index + 1] - first];
        for (var i = 0; i < shapes.Length; i++)
        {
            shapes[i] = RawShapeOf(first + i);
        }

        // Two threads may build the same year; both results are equal, and the first one published wins.
        return Interlocked.CompareExchange(ref years[index], new YearTable(shapes), null) ?? years[index]!;
    }

    private DayShape RawShapeOf(int day) =>
        overrideShapes.TryGetValue(day, out var shape) ? shape : weekShapes[(int)CalendarRange.DayOfWeekOf(day)];

    /// <summary>Year totals without visiting every day: whole weeks, the one or two spare days, then the overrides' differences.</summary>
    private void ComputeYearTotals()
    {
        var weekTotal = weekShapes.Sum(s => s.Total);
        var yearTotals = new long[CalendarRange.YearCount];
        for (var y = 0; y < CalendarRange.YearCount; y++)
        {
            var first = CalendarRange.YearStartDay[y];
            var length = CalendarRange.YearStartDay[y + 1] - first;
            long total = 52L * weekTotal;
            for (var d = first + 364; d < first + length; d++)
            {
                total += weekShapes[(int)CalendarRange.DayOfWeekOf(d)].Total;
            }

            yearTotals[y] = total;
        }

        foreach (var (day, shape) in overrideShapes)
        {
            yearTotals[CalendarRange.YearIndexOf(day)] += shape.Total - weekShapes[(int)CalendarRange.DayOfWeekOf(day)].Total;
        }

        for (var y = 0; y < CalendarRange.YearCount; y++)
        {
            workBeforeYear[y + 1] = workBeforeYear[y] + yearTotals[y];
        }
    }

    private long MinuteOf(DateTime t)
    {
        var minute = (t.Ticks - CalendarRange.FirstTicks) / TicksPerMinute;
        if (t.Ticks < CalendarRange.FirstTicks || minute > CalendarRange.EndMinute)
        {
            throw OutOfRange(t);
        }

        return minute;
    }

    private static DateTime Instant(long minute) =>
        new(CalendarRange.FirstTicks + (minute * TicksPerMinute), DateTimeKind.Unspecified);

    private CalendarError OutOfRange(DateTime t) =>
        new(EngineText.Format("InstantOutOfRange", Id, t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));

    private CalendarError NoWorkingTime(DateTime t, bool before) =>
        new(EngineText.Format(before ? "NoWorkingTimeBefore" : "NoWorkingTimeAfter", Id, t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));

    private static int CheckUnit(int value, string field, string id) => value > 0
        ? value
        : throw new CalendarError(EngineText.Format("UnitMustBePositive", id, field, value));
}
