using System.Diagnostics;
using System.Globalization;
using Gantry.Interchange;
using Gantry.Interchange.Xer;

namespace Gantry.Bench;

/// <summary>
/// The quick harness for the XER writer: <c>dotnet run -c Release --project bench/Gantry.Bench -- write-xer</c>.
/// Writes the oracle programme and the generated 350,000-activity file to disk several times and
/// prints the median and range of wall-clock and CPU time (CPU time says what a write costs when
/// other processes share the cores), the bytes written and the allocations of one write.
/// </summary>
public static class PlainXerWriteRun
{
    public static void Run(int runs)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}"));
        Measure("oracle programme (3,994 activities)", DetailedScheduleFile.Open(XerBenchmarks.FindOracleProgramme()), runs * 3);
        string source = Path.Combine(Path.GetTempPath(), "gantry-write-source-350k.xer");
        LargeXerFile.Write(source, 350_000, 2, seed: 7);
        var large = DetailedScheduleFile.Open(source);
        File.Delete(source);
        Measure("generated 350,000 activities / 700,000 links", large, runs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MB, load average {LoadAverage()}"));
    }

    private static void Measure(string name, DetailedSchedule schedule, int runs)
    {
        string path = Path.Combine(Path.GetTempPath(), "gantry-write-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".xer");
        XerWriter.WriteFile(schedule, path);
        var times = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        long allocated = 0;
        for (int r = 0; r < runs; r++)
        {
            GC.Collect();
            long before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            XerWriter.WriteFile(schedule, path);
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        long bytes = new FileInfo(path).Length;
        File.Delete(path);
        times.Sort();
        cpu.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: median {times[times.Count / 2]:0} ms (min {times[0]:0}, max {times[^1]:0}, {runs} runs), CPU median {cpu[cpu.Count / 2]:0} ms, {bytes >> 20} MB written, {allocated >> 20} MB allocated per write"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
