using Gantry.Core.Common;
using Gantry.Core.Schedules;
using Gantry.Interchange;
using Gantry.Scheduling;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Gantry.Core.Tests.Schedules;

/// <summary>Importing a file replaces the project's schedule in one transaction, or writes nothing.</summary>
public sealed class ScheduleImportTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    public static readonly string OracleXer = Gantry.Interchange.Tests.OracleFiles.P6Programme;

    private static Task<ImportReport> Import(CoreDatabase db, Guid projectId, string path) =>
        db.Run<ImportSchedule, ImportReport>(TestSchedule.Planner, async u =>
        {
            await using var stream = File.OpenRead(path);
            return await u.ExecuteAsync(projectId, stream, Path.GetFileName(path));
        });

    [Fact]
    public async Task TheOracleXerImportsAllActivitiesWithTheEnginesEarlyDates()
    {
        var s = await TestSchedule.CreateAsync(db, "XER-1");

        var report = await Import(db, s.ProjectId, OracleXer);

        Assert.Equal(3994, report.Activities);
        Assert.Equal(new DateTime(2017, 9, 16, 0, 0, 0).Date, report.DataDate.Date);
        var file = DetailedScheduleFile.Open(OracleXer);
        var engine = Scheduler.Schedule(file.Schedule.Network, file.Schedule.Options);
        var expected = file.Schedule.Network.Activities.Select((a, i) => (a.Code, engine.Activities[i].EarlyStart, engine.Activities[i].EarlyFinish))
            .ToDictionary(x => x.Code!, x => (x.EarlyStart, x.EarlyFinish), StringComparer.Ordinal);
        var stored = await db.Query(d => d.Activities.Where(a => a.ProjectId == s.ProjectId)
            .Select(a => new { a.Code, a.EarlyStart, a.EarlyFinish }).ToListAsync());
        Assert.Equal(3994, stored.Count);
        var different = stored.Where(a => expected[a.Code] != (a.EarlyStart, a.EarlyFinish)).Select(a => a.Code).ToList();
        Assert.Empty(different);
        Assert.Equal(engine.ProjectFinish, report.Finish);
        Assert.Equal(file.Schedule.Network.Relationships.Count, report.Links);
        Assert.True(report.WbsNodes > 100);
        Assert.True(await db.Query(d => d.Activities.AnyAsync(a => a.ProjectId == s.ProjectId && a.WbsId != null)));
    }

    [Fact]
    public async Task ABadFileIsRefusedNamingTheProblemAndWritesNothing()
    {
        var s = await TestSchedule.CreateAsync(db, "XER-2");
        var keep = await s.Activity("KEEP", 2);
        var path = Path.Combine(Path.GetTempPath(), "broken-" + Guid.NewGuid().ToString("N") + ".xer");
        var lines = File.ReadAllLines(OracleXer, System.Text.Encoding.Latin1);
        // Cut the file in the middle of the TASK table: the reader must refuse, not guess.
        var cut = Array.FindIndex(lines, l => l.StartsWith("%T\tTASKPRED", StringComparison.Ordinal));
        File.WriteAllLines(path, lines.Take(cut).Append("%R\tgarbage\tnot-a-number"), System.Text.Encoding.Latin1);
        try
        {
            using var culture = new Culture("en");
            var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Import(db, s.ProjectId, path));

            Assert.Equal("file", Assert.Single(error.Errors).Field);
            Assert.StartsWith("The file cannot be imported:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        var schedule = await s.Load();
        Assert.Equal(keep, Assert.Single(schedule.Activities).Id);
    }

    [Fact]
    public async Task AFileOfAnUnknownKindIsRefused()
    {
        var s = await TestSchedule.CreateAsync(db, "XER-3");
        using var culture = new Culture("en");

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<ImportSchedule, ImportReport>(TestSchedule.Planner,
            u => u.ExecuteAsync(s.ProjectId, new MemoryStream("hello"u8.ToArray()), "notes.txt")));

        Assert.Equal("file", Assert.Single(error.Errors).Field);
    }
}
