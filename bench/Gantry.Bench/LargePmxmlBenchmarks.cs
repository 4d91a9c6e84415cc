using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Gantry.Interchange.Pmxml;
using Gantry.Scheduling;

namespace Gantry.Bench;

/// <summary>
/// The P6 XML reader at issue 4's size: read (streamed), map and schedule a generated
/// 350,000-activity / 700,000-link P6 XML. Run: <c>dotnet run -c Release --project bench/Gantry.Bench -- --filter *LargePmxml*</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LargePmxmlBenchmarks
{
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "gantry-bench-350k.xml");
        LargePmxmlFile.Write(_path, 350_000, 2, seed: 7);
    }

    [Benchmark]
    public DateTime ReadMapAndSchedule350kP6Xml()
    {
        var imported = PmxmlReader.ReadFile(_path).Map();
        return Scheduler.Schedule(imported.Network, imported.Options).ProjectFinish;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine("// peak working set: " + (Process.GetCurrentProcess().PeakWorkingSet64 >> 20) + " MB, file " + (new FileInfo(_path).Length >> 20) + " MB");
        File.Delete(_path);
    }
}
