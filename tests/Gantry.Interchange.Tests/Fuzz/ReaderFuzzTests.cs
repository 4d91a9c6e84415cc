using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gantry.Interchange.Mspdi;
using Gantry.Interchange.Xer;
using Xunit;
using Xunit.Abstractions;

namespace Gantry.Interchange.Tests.Fuzz;

/// <summary>
/// Mutated oracle files, thousands of seeded cases: reading and mapping either succeeds or throws
/// <see cref="InterchangeException"/>; never another exception, never more than a second a file.
/// </summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261126;
    private static readonly TimeSpan PerFileLimit = TimeSpan.FromSeconds(1);

    [Fact]
    public void MutatedXerFilesGiveTheClearErrorOrARead()
    {
        var sample = SmallXer();
        Run("xer", [sample], 2000, bytes => XerScheduleMapper.Map(XerSchedule.Read(new MemoryStream(bytes), "fuzz.xer")));
    }

    [Fact]
    public void MutatedMsProjectFilesGiveTheClearErrorOrARead()
    {
        byte[][] samples =
        [
            .. new[] { "mspdirelations.xml", "task-links-project2013-mspdi.xml", "legacy-sample.xml", "mspdiresource.xml", "calendar-recurring-exceptions-project2016-mspdi.xml" }
                .Select(f => File.ReadAllBytes(OracleFiles.MsProject(f))),
        ];
        Run("mspdi", samples, 2000, bytes => MspdiScheduleMapper.Map(MspdiReader.Read(new MemoryStream(bytes), "fuzz.xml")));
    }

    [Fact]
    public void MutatedP6XmlFilesGiveTheClearErrorOrARead()
    {
        byte[][] samples =
        [
            Encoding.UTF8.GetBytes(Pmxml.PmxmlFixtures.File(Pmxml.PmxmlFixtures.Project())),
            Encoding.UTF8.GetBytes(Pmxml.PmxmlFromXer.Write(XerSchedule.Read(new MemoryStream(SmallXer()), "small.xer"))),
        ];
        Run("pmxml", samples, 2000, bytes => Gantry.Interchange.Pmxml.PmxmlReader.Read(new MemoryStream(bytes), "fuzz.xml").Map());
    }

    private static TimeSpan TimeAgain(Func<byte[], ImportedSchedule> read, byte[] file)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            read(file);
        }
        catch (InterchangeException)
        {
            // The outcome was judged the first time; only the time counts here.
        }

        return watch.Elapsed;
    }

    private void Run(string kind, byte[][] samples, int cases, Func<byte[], ImportedSchedule> read)
    {
        var mutator = new Mutator(Seed);
        var failures = new List<string>();
        int rejected = 0;
        var total = Stopwatch.StartNew();
        for (int i = 0; i < cases; i++)
        {
            byte[] mutated = mutator.Mutate(samples[i % samples.Length]);
            var watch = Stopwatch.StartNew();
            try
            {
                read(mutated);
            }
            catch (InterchangeException)
            {
                rejected++;
            }
            catch (Exception ex)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"case {i}: {ex.GetType().Name}: {ex.Message}"));
            }

            // A slow case is timed once more: a reader that hangs or goes superlinear is slow both
            // times, a pause of a loaded machine (GC, another process) is not.
            if (watch.Elapsed > PerFileLimit && TimeAgain(read, mutated) > PerFileLimit)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"case {i}: took {watch.ElapsedMilliseconds} ms, twice over the limit"));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}: {cases} cases, {rejected} rejected with InterchangeException, {cases - rejected - failures.Count} read, {failures.Count} failures, {total.ElapsedMilliseconds} ms"));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    /// <summary>
    /// The oracle programme cut to its first 150 activities and the links between them, with all
    /// its calendars, so thousands of cases run in seconds.
    /// </summary>
    internal static byte[] SmallXer()
    {
        var lines = File.ReadAllText(OracleFiles.P6Programme, XerTextDecoding.Windows1252).Split("\r\n").SelectMany(l => l.Split('\n'));
        var kept = new StringBuilder();
        var tasks = new HashSet<string>(StringComparer.Ordinal);
        string table = string.Empty;
        int rows = 0;
        foreach (var line in lines)
        {
            if (line.StartsWith("%T", StringComparison.Ordinal))
            {
                table = line[3..];
                rows = 0;
            }
            else if (line.StartsWith("%R", StringComparison.Ordinal))
            {
                var values = line.Split('\t');
                bool keep = table switch
                {
                    "TASK" => rows < 150 && tasks.Add(values[1]),
                    "TASKPRED" => tasks.Contains(values[2]) && tasks.Contains(values[3]),
                    "CALENDAR" or "PROJECT" or "SCHEDOPTIONS" => true,
                    _ => rows < 30,
                };
                rows++;
                if (!keep)
                {
                    continue;
                }
            }

            kept.Append(line).Append("\r\n");
        }

        return XerTextDecoding.Windows1252.GetBytes(kept.ToString());
    }
}
