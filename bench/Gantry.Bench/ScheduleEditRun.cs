using System.Diagnostics;
using System.Globalization;
using Gantry.Core;
using Gantry.Core.Data;
using Gantry.Core.Organisations;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gantry.Bench;

/// <summary>
/// <c>schedule-edit [xer] [edits]</c>: imports the P6 oracle file into a fresh database and times
/// single duration edits end to end (load the project's schedule, reschedule, save what changed),
/// as the API does them. PostgreSQL when GANTRY_BENCH_POSTGRES holds a server connection string,
/// else a temporary SQLite file.
/// </summary>
public static class ScheduleEditRun
{
    public static async Task RunAsync(string xer, int edits)
    {
        var server = Environment.GetEnvironmentVariable("GANTRY_BENCH_POSTGRES");
        var name = "gantry_bench_" + Guid.NewGuid().ToString("N");
        var sqliteFile = Path.Combine(Path.GetTempPath(), name + ".db");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = server is null ? "Sqlite" : "Postgres",
            ["ConnectionStrings:Gantry"] = server is null ? "Data Source=" + sqliteFile : server + ";Database=" + name,
            ["Admin:InitialPassword"] = "Bench-Password-1",
        };
        var services = new ServiceCollection().AddGantryCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        }

        Console.WriteLine($"database: {settings["Database:Provider"]}");
        var projectId = await As(services, async sp =>
        {
            var db = sp.GetRequiredService<GantryDbContext>();
            var owner = await db.Organisations.Where(o => o.Type == OrganisationType.Owner).Select(o => o.Id).FirstAsync();
            var project = await sp.GetRequiredService<CreateProject>().ExecuteAsync(new ProjectInput
            {
                Code = "BENCH", Name = "Bench", Type = ProjectType.Infrastructure, OwnerOrganisationId = owner, ContractAmount = 1,
                PlannedStart = new DateOnly(2017, 1, 1), PlannedFinish = new DateOnly(2020, 1, 1),
            });
            return project.Id;
        });

        var import = Stopwatch.StartNew();
        var report = await As(services, async sp =>
        {
            await using var stream = File.OpenRead(xer);
            return await sp.GetRequiredService<ImportSchedule>().ExecuteAsync(projectId, stream, Path.GetFileName(xer));
        });
        Console.WriteLine($"import: {report.Activities} activities, {report.Links} links in {import.ElapsedMilliseconds} ms");

        var targets = await As(services, sp => sp.GetRequiredService<GantryDbContext>().Activities
            .Where(a => a.ProjectId == projectId && a.ActualStart == null && a.Type == Gantry.Scheduling.ActivityType.Task)
            .OrderBy(a => a.SortOrder).Select(a => new { a.Id, a.OriginalDurationMinutes }).Take(2 * edits + 1).ToListAsync());
        var times = new List<double>();
        var moved = new List<int>();
        for (var i = 0; i <= edits && i < targets.Count; i++)
        {
            var target = targets[i];
            var watch = Stopwatch.StartNew();
            var change = await As(services, async sp =>
            {
                var version = await sp.GetRequiredService<GantryDbContext>().Activities.Where(a => a.Id == target.Id).Select(a => a.Version).SingleAsync();
                return await sp.GetRequiredService<UpdateActivity>().ExecuteAsync(projectId, target.Id,
                    new ActivityPatch { OriginalDurationMinutes = target.OriginalDurationMinutes + 480, Version = version });
            });
            watch.Stop();
            if (i > 0)
            {
                // The first edit warms up EF's compiled queries and the JIT; a server answers many.
                times.Add(watch.Elapsed.TotalMilliseconds);
                moved.Add(change.Moved.Count);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"duration edit (load + schedule + save), {times.Count} edits: median {times[times.Count / 2]:F0} ms, min {times[0]:F0} ms, max {times[^1]:F0} ms; moved per edit: median {moved.Order().ElementAt(moved.Count / 2)}"));

        var cache = services.GetRequiredService<ScheduleCache>();
        Console.WriteLine($"schedule cache: {cache.Hits} hits, {cache.Misses} misses (the first edit after the import reads the database)");

        var phases = new ScheduleEditPhases();
        foreach (var target in targets.Skip(edits + 1))
        {
            await As(services, async sp =>
            {
                await phases.MeasureAsync(sp, projectId, target.Id, target.OriginalDurationMinutes + 480);
                return 0;
            });
        }

        phases.Print();
        await services.DisposeAsync();
        if (server is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var connection = new Npgsql.NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(sqliteFile);
        }
    }

    private static async Task<T> As<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GantryDbContext>();
        var admin = await db.Users.Where(u => u.IsAdministrator).Select(u => new { u.Id, u.UserName }).FirstAsync();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(admin.Id, admin.UserName);
        return await action(scope.ServiceProvider);
    }
}
