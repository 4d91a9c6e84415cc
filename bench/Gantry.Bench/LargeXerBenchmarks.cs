using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Gantry.Interchange.Xer;
using Gantry.Scheduling;

namespace Gantry.Bench;

/// <summary>
/// Issue 4's size: read, map and schedule a generated 350,000-activity / 700,000-link XER (budget
/// 10 s and 2 GB). Run: <c>dotnet run -c Release --project bench/Gantry.Bench -- --filter *LargeXer*</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LargeXerBenchmarks
{
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "gantry-bench-350k.xer");
        LargeXerFile.Write(_path, 350_000, 2, seed: 7);
    }

    [Benchmark]
    public DateTime ReadMapAndSchedule350k()
    {
        var imported = XerScheduleMapper.Map(XerSchedule.ReadFile(_path));
        return Scheduler.Schedule(imported.Network, imported.Options).ProjectFinish;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine("// peak working set: " + (Process.GetCurrentProcess().PeakWorkingSet64 >> 20) + " MB, file " + (new FileInfo(_path).Length >> 20) + " MB");
        File.Delete(_path);
    }
}
