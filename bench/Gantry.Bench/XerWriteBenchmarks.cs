using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Gantry.Interchange;
using Gantry.Interchange.Xer;

namespace Gantry.Bench;

/// <summary>
/// Writing XER from the neutral model: the 3,994-activity oracle programme (budget: well under
/// 300 ms) and the generated 350,000-activity / 700,000-link file. The schedules are read once in
/// setup; only the write is measured, into a stream that discards the bytes.
/// Run: <c>dotnet run -c Release --project bench/Gantry.Bench -- --filter *XerWrite*</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class XerWriteBenchmarks
{
    private DetailedSchedule? _programme;
    private DetailedSchedule? _large;

    [GlobalSetup]
    public void Setup()
    {
        _programme = DetailedScheduleFile.Open(XerBenchmarks.FindOracleProgramme());
        string path = Path.Combine(Path.GetTempPath(), "gantry-bench-write-350k.xer");
        LargeXerFile.Write(path, 350_000, 2, seed: 7);
        _large = DetailedScheduleFile.Open(path);
        File.Delete(path);
    }

    [Benchmark(Baseline = true)]
    public int WriteOracleProgramme() => XerWriter.Write(_programme!, Stream.Null).Count;

    [Benchmark]
    public int WriteGenerated350k() => XerWriter.Write(_large!, Stream.Null).Count;
}
