using BenchmarkDotNet.Attributes;
using Gantry.Scheduling.Calendars;

namespace Gantry.Bench;

/// <summary>
/// The calendar calls the CPM makes millions of times. Each benchmark runs 1,024 calls on varied
/// starts (2024–2026) and durations (up to ~6 weeks), so the figure is nanoseconds per call.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private const int Calls = 1024;

    private readonly DateTime[] starts = new DateTime[Calls];
    private readonly long[] minutes = new long[Calls];
    private readonly CalendarDefinition chinaDefinition = new() { Id = "china", IncludeChinaStatutoryHolidays = true };
    private WorkCalendar standard = null!;
    private WorkCalendar china = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        for (var i = 0; i < Calls; i++)
        {
            starts[i] = new DateTime(2024, 1, 1).AddMinutes(random.Next(0, 3 * 365 * 1440));
            minutes[i] = random.Next(0, 30 * 480);
        }

        standard = WorkCalendar.Compile(new CalendarDefinition { Id = "standard" });
        china = WorkCalendar.Compile(chinaDefinition);

        // Touch the years used so the one-off lazy year tables are not part of the measurement.
        for (var i = 0; i < Calls; i++)
        {
            standard.AddWork(starts[i], minutes[i]);
            china.AddWork(starts[i], minutes[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public DateTime AddWorkStandard()
    {
        var last = default(DateTime);
        for (var i = 0; i < Calls; i++)
        {
            last = standard.AddWork(starts[i], minutes[i]);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public DateTime AddWorkChinaHolidays()
    {
        var last = default(DateTime);
        for (var i = 0; i < Calls; i++)
        {
            last = china.AddWork(starts[i], minutes[i]);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public DateTime SubtractWorkChinaHolidays()
    {
        var last = default(DateTime);
        for (var i = 0; i < Calls; i++)
        {
            last = china.SubtractWork(starts[i], minutes[i]);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public DateTime NextWorkStartChinaHolidays()
    {
        var last = default(DateTime);
        for (var i = 0; i < Calls; i++)
        {
            last = china.NextWorkStart(starts[i]);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public long WorkBetweenChinaHolidays()
    {
        long sum = 0;
        for (var i = 1; i < Calls; i++)
        {
            sum += china.WorkBetween(starts[i - 1], starts[i]);
        }

        return sum;
    }

    [Benchmark]
    public WorkCalendar CompileChinaCalendar() => WorkCalendar.Compile(chinaDefinition);
}
