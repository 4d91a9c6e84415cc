using System.Diagnostics;
using System.Globalization;
using Gantry.Scheduling;

namespace Gantry.Bench;

/// <summary>
/// The quick harness: `dotnet run -c Release --project bench/Gantry.Bench -- engine`. Prints the
/// median and spread of several runs, the allocations per run and the process's peak memory.
/// `-- engine 21 programme` measures only the 100,000-activity programme: quick enough to
/// alternate two builds many times when the shared machine makes single runs noisy.
/// </summary>
public static class PlainEngineRun
{
    public static void Run(int runs, string? only = null)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}, load average {LoadAverage()}"));
        if (only == "programme")
        {
            Measure("programme 100,000", NetworkGenerator.Programme(100_000), runs);
            return;
        }

        Measure("chain 100,000", NetworkGenerator.Chain(100_000), runs);
        Measure("hub 10,000", NetworkGenerator.Hub(10_000), runs);
        Measure("programme 100,000", NetworkGenerator.Programme(100_000), runs);
        Incremental(NetworkGenerator.Programme(100_000), 200);
        Measure("programme 1,000,000", NetworkGenerator.Programme(1_000_000), Math.Max(3, runs / 2));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB, load average {LoadAverage()}"));
    }

    private static void Measure(string name, ScheduleNetwork network, int runs)
    {
        var options = NetworkGenerator.Options;
        Scheduler.Schedule(network, options);
        var times = new List<double>();
        var cpu = new List<double>();
        long allocated = 0;
        DateTime finish = default;
        var collections = "";
        var process = Process.GetCurrentProcess();
        for (var r = 0; r < runs; r++)
        {
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var gen2Before = GC.CollectionCount(2);
            var gen0Before = GC.CollectionCount(0);
            var watch = Stopwatch.StartNew();
            finish = Scheduler.Schedule(network, options).ProjectFinish;
            watch.Stop();
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            times.Add(watch.Elapsed.TotalMilliseconds);
            collections = string.Create(CultureInfo.InvariantCulture, $"GCs gen0 {GC.CollectionCount(0) - gen0Before} gen2 {GC.CollectionCount(2) - gen2Before}");
        }

        cpu.Sort();
        Report(name, times, allocated, string.Create(CultureInfo.InvariantCulture, $"CPU median {cpu[cpu.Count / 2]:F0} ms, {collections}, finish {finish:yyyy-MM-dd HH:mm}, {network.Relationships.Count:N0} links"));
    }

    private static void Incremental(ScheduleNetwork network, int edits)
    {
        var session = new ScheduleSession(network, NetworkGenerator.Options);
        var ids = network.Activities.Where(a => a.Type == ActivityType.Task).Select(a => a.Id).ToArray();
        var random = new Random(7);
        var times = new List<double>();
        var recomputed = new List<int>();
        long allocated = 0;
        for (var e = 0; e < edits; e++)
        {
            var id = ids[random.Next(ids.Length)];
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            session.SetDuration(id, 480L * random.Next(1, 11));
            _ = session[id].EarlyFinish;
            watch.Stop();
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            times.Add(watch.Elapsed.TotalMilliseconds);
            recomputed.Add(session.LastRecomputedCount);
        }

        recomputed.Sort();
        Report("incremental edit on 100,000", times, allocated / edits, $"median {recomputed[recomputed.Count / 2]:N0} activities recomputed");
    }

    /// <summary>The machine is shared: the load average says how much the wall-clock figures are inflated.</summary>
    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static void Report(string name, List<double> times, long allocatedPerRun, string note)
    {
        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-30} median {median,9:F2} ms  min {times[0],9:F2}  max {times[^1],9:F2}  runs {times.Count,3}  alloc/run {allocatedPerRun / (1024.0 * 1024.0),8:F1} MB  ({note})"));
    }
}
