using BenchmarkDotNet.Attributes;
using Gantry.Interchange;
using Gantry.Interchange.Xer;
using Gantry.Scheduling;

namespace Gantry.Bench;

/// <summary>
/// Reading and scheduling the 3,994-activity oracle programme (issue 4's budget: 300 ms for read +
/// schedule). Run: <c>dotnet run -c Release --project bench/Gantry.Bench -- --filter *XerBenchmarks*</c>.
/// The oracle folder is found next to the repository or named by <c>GANTRY_ORACLE_DIR</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class XerBenchmarks
{
    private string _path = string.Empty;
    private ImportedSchedule? _imported;

    [GlobalSetup]
    public void Setup()
    {
        _path = FindOracleProgramme();
        _imported = XerScheduleMapper.Map(XerSchedule.ReadFile(_path));
    }

    /// <summary>Tokenise the file into tables and rows (encoding detection included).</summary>
    [Benchmark]
    public int ReadTables() => XerReader.ReadFile(_path).Tables.Count;

    /// <summary>Tables, typed records and calendar text.</summary>
    [Benchmark]
    public int ReadTyped() => XerSchedule.ReadFile(_path).Tasks.Count;

    /// <summary>Schedule only, on an already mapped network.</summary>
    [Benchmark]
    public DateTime Schedule() => Scheduler.Schedule(_imported!.Network, _imported.Options).ProjectFinish;

    /// <summary>What <c>gantry schedule</c> does: read, map onto the engine, schedule.</summary>
    [Benchmark(Baseline = true)]
    public DateTime ReadMapAndSchedule()
    {
        var imported = XerScheduleMapper.Map(XerSchedule.ReadFile(_path));
        return Scheduler.Schedule(imported.Network, imported.Options).ProjectFinish;
    }

    internal static string FindOracleProgramme()
    {
        string? configured = Environment.GetEnvironmentVariable("GANTRY_ORACLE_DIR");
        var roots = configured != null ? [configured] : Ancestors().Select(d => Path.Combine(d, "shared", "oracle"));
        return roots.Select(r => Path.Combine(r, "p6", "sp10-hs2-cost-loaded.xer")).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("The oracle programme was not found; set GANTRY_ORACLE_DIR.");
    }

    private static IEnumerable<string> Ancestors()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }
}
