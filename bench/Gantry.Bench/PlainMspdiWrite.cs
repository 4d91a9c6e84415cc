using System.Diagnostics;
using System.Globalization;
using Gantry.Interchange;
using Gantry.Interchange.Mspdi;

namespace Gantry.Bench;

/// <summary>
/// A plain timing of the MSPDI writer on the 3,994-activity oracle programme, for a shared machine
/// where BenchmarkDotNet's child processes are slow to start:
/// <c>dotnet run -c Release --project bench/Gantry.Bench -- mspdi-write 30</c>. Prints the fastest
/// and the median of the runs after three warm-ups, and the size written.
/// </summary>
internal static class PlainMspdiWrite
{
    public static void Run(int runs)
    {
        var schedule = DetailedScheduleFile.Open(OracleProgramme.Path());
        long size = 0;
        for (int i = 0; i < 3; i++)
        {
            size = WriteOnce(schedule);
        }

        var times = new List<double>(runs);
        for (int i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            WriteOnce(schedule);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"MSPDI write of {schedule.Schedule.Network.Activities.Count} activities ({size / 1024.0 / 1024.0:0.0} MB): fastest {times[0]:0.0} ms, median {times[times.Count / 2]:0.0} ms over {runs} runs"));
    }

    private static long WriteOnce(DetailedSchedule schedule)
    {
        using var buffer = new MemoryStream();
        MspdiWriter.Write(schedule, buffer);
        return buffer.Length;
    }
}
