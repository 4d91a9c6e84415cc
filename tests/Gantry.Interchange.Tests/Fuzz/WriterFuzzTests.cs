using System.Globalization;
using Gantry.Interchange.Xer;
using Xunit;
using Xunit.Abstractions;

namespace Gantry.Interchange.Tests.Fuzz;

/// <summary>
/// Whatever a mutated XER the reader accepts holds, the writer writes a file the reader accepts
/// again with the same activities and links — or refuses with the clear error, never a crash.
/// </summary>
public sealed class WriterFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261127;

    [Fact]
    public void MutatedXerFilesThatReadAreWrittenAndReadBackWithTheSameActivities()
    {
        var sample = ReaderFuzzTests.SmallXer();
        var mutator = new Mutator(Seed);
        var failures = new List<string>();
        int written = 0, rejected = 0;
        for (int i = 0; i < 600; i++)
        {
            byte[] mutated = mutator.Mutate(sample);
            DetailedSchedule opened;
            try
            {
                var xer = XerSchedule.Read(new MemoryStream(mutated), "fuzz.xer");
                var imported = XerScheduleMapper.Map(xer);
                opened = new DetailedSchedule(imported, ScheduleDetailsReader.FromXer(xer, imported));
            }
            catch (InterchangeException)
            {
                rejected++;
                continue;
            }

            try
            {
                var (back, _, _) = Gantry.Interchange.Tests.Xer.XerRoundTrip.Rewrite(opened, XerEncoding.Utf8);
                if (back.Schedule.Network.Activities.Count != opened.Schedule.Network.Activities.Count
                    || back.Schedule.Network.Relationships.Count != opened.Schedule.Network.Relationships.Count)
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture, $"case {i}: {opened.Schedule.Network.Activities.Count} activities became {back.Schedule.Network.Activities.Count}"));
                }

                written++;
            }
            catch (InterchangeException)
            {
                rejected++;
            }
            catch (Exception ex)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"case {i}: {ex.GetType().Name}: {ex.Message}"));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"writer fuzz: 600 cases, {written} written and read back, {rejected} rejected, {failures.Count} failures"));
        Assert.True(written > 50, "too few mutated files were readable to test the writer");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }
}
