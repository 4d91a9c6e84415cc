using System.Diagnostics;
using System.Globalization;
using Gantry.Core;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.DayLabour;
using Gantry.Core.Funds;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gantry.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Gantry.Bench -- money "Host=127.0.0.1;Port=5432;Username=postgres"`:
/// creates a throwaway PostgreSQL database with the demo, adds 100,000 cost records and 20,000
/// day-labour tickets to 滨江花园3号楼, and times the cost report, the cash flow and the day-labour
/// summary as the project manager sees them (median of several runs, after one warm-up).
/// </summary>
public static class MoneyRun
{
    private const int CostRecords = 100_000;
    private const int Tickets = 20_000;

    public static async Task RunAsync(string server, int runs)
    {
        var database = "gantry_bench_money_" + Guid.NewGuid().ToString("N")[..8];
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Gantry"] = connection,
            ["Admin:InitialPassword"] = "Bench-Password-1",
        }).Build();
        var services = new ServiceCollection().AddGantryCore(configuration).BuildServiceProvider();
        try
        {
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            }

            var projectId = await FillAsync(connection);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Environment.ProcessorCount} cores, load average {LoadAverage()}; {CostRecords:N0} cost records, {Tickets:N0} tickets"));
            await TimeAsync(services, "cost report (WBS × cost code)", runs, sp => sp.GetRequiredService<GetCostReport>().ExecuteAsync(projectId));
            await TimeAsync(services, "cash flow", runs, sp => sp.GetRequiredService<GetCashFlow>().ExecuteAsync(projectId));
            await TimeAsync(services, "day-labour summary by month", runs, sp => sp.GetRequiredService<GetDayLabourSummary>()
                .ExecuteAsync(projectId, new DayLabourSummaryQuery { Grouping = DayLabourGrouping.Month }));
            await TimeAsync(services, "day-labour summary by trade", runs, sp => sp.GetRequiredService<GetDayLabourSummary>()
                .ExecuteAsync(projectId, new DayLabourSummaryQuery { Grouping = DayLabourGrouping.Trade }));
        }
        finally
        {
            await services.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Bulk rows through a context without the audit interceptor: this is load, not user work.</summary>
    private static async Task<Guid> FillAsync(string connection)
    {
        var options = new DbContextOptionsBuilder<PostgresGantryDbContext>().UseNpgsql(connection).Options;
        await using var db = new PostgresGantryDbContext(options);
        var project = await db.Projects.SingleAsync(p => p.Code == "BJHY-3");
        var codes = await db.CostCodes.Where(c => c.ProjectId == project.Id).Select(c => c.Id).ToListAsync();
        var crews = await db.Workers.Where(w => w.ProjectId == project.Id).ToListAsync();
        // Costs are charged to the demo schedule's real WBS nodes and activities.
        var wbs = await db.WbsNodes.Where(w => w.ProjectId == project.Id).Select(w => (Guid?)w.Id).ToListAsync();
        var activities = await db.Activities.Where(a => a.ProjectId == project.Id).Select(a => (Guid?)a.Id).ToListAsync();
        var user = await db.Users.Where(u => u.UserName == "pm.zhang").Select(u => u.Id).SingleAsync();
        var random = new Random(42);
        var span = project.PlannedFinish.DayNumber - project.PlannedStart.DayNumber;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < CostRecords; i++)
        {
            var values = new CostRecordValues(i % 5 == 0 ? CostRecordKind.Commitment : CostRecordKind.Actual,
                project.PlannedStart.AddDays(random.Next(span)), wbs[random.Next(wbs.Count)], activities[random.Next(activities.Count)], codes[random.Next(codes.Count)], null,
                "bench", random.Next(100, 100_000), 0.09m);
            db.CostRecords.Add(CostRecord.Create(project.Id, values, CostSource.Import, null, user, DateTime.UtcNow));
            if (i % 5_000 == 4_999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        var labour = codes[0];
        var reasons = Enum.GetValues<DayLabourReason>();
        for (var i = 0; i < Tickets; i++)
        {
            var worker = crews[random.Next(crews.Count)];
            var ticket = DayLabourTicket.Create(project.Id, 100_000 + i, new TicketValues(project.PlannedStart.AddDays(random.Next(span)), "bench",
                reasons[i % reasons.Length], string.Empty, wbs[random.Next(wbs.Count)], activities[random.Next(activities.Count)], labour, worker.CrewOrganisationId,
                worker.CrewName, ChargeTo.OwnCost, null, null,
                [new TicketLineValues(worker.Id, worker.Trade, 1, 1m, LabourUnit.Days, worker.DailyRate),
                    new TicketLineValues(null, "普工", 2, 4m, LabourUnit.Hours, 35m)]));
            ticket.Submit(user, DateTime.UtcNow);
            ticket.Verify(user, DateTime.UtcNow);
            ticket.Approve(user, DateTime.UtcNow);
            db.DayLabourTickets.Add(ticket);
            if (i % 2_000 == 1_999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"filled in {watch.Elapsed.TotalSeconds:F1} s"));
        return project.Id;
    }

    private static async Task TimeAsync<T>(ServiceProvider services, string name, int runs, Func<IServiceProvider, Task<T>> query)
    {
        var times = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GantryDbContext>();
            var pm = await db.Users.Where(u => u.UserName == "pm.zhang").Select(u => u.Id).SingleAsync();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(pm, "pm.zhang");
            var watch = Stopwatch.StartNew();
            await query(scope.ServiceProvider);
            if (i > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-32} median {times[times.Count / 2],7:F0} ms   min {times[0],6:F0} ms   max {times[^1],6:F0} ms"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
