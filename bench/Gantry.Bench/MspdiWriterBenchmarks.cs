using BenchmarkDotNet.Attributes;
using Gantry.Interchange;
using Gantry.Interchange.Mspdi;

namespace Gantry.Bench;

/// <summary>
/// Writing the 3,994-activity oracle programme as MSPDI (issue 4's budget: well under 300 ms).
/// Run: <c>dotnet run -c Release --project bench/Gantry.Bench -- --filter *MspdiWriterBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class MspdiWriterBenchmarks
{
    private DetailedSchedule? _schedule;

    [GlobalSetup]
    public void Setup() => _schedule = DetailedScheduleFile.Open(OracleProgramme.Path());

    /// <summary>Write into memory: outline from the WBS, calendars, tasks, links, resources.</summary>
    [Benchmark]
    public long Write()
    {
        using var buffer = new MemoryStream();
        MspdiWriter.Write(_schedule!, buffer);
        return buffer.Length;
    }
}
