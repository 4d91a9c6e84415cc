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
/// A throwaway Gantry database for a benchmark: PostgreSQL when GANTRY_BENCH_POSTGRES holds a server
/// connection string, else a temporary SQLite file. Schedules are imported through Core's use case,
/// as the schedule page's import button does; the database is dropped on dispose.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _server;
    private readonly string _name;
    private readonly string _sqliteFile;

    private BenchDatabase(ServiceProvider services, string? server, string name, string sqliteFile, string provider, string connectionString)
    {
        _services = services;
        _server = server;
        _name = name;
        _sqliteFile = sqliteFile;
        Provider = provider;
        ConnectionString = connectionString;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string adminPassword)
    {
        var server = Environment.GetEnvironmentVariable("GANTRY_BENCH_POSTGRES");
        var name = "gantry_bench_" + Guid.NewGuid().ToString("N");
        var sqliteFile = Path.Combine(Path.GetTempPath(), name + ".db");
        var provider = server is null ? "Sqlite" : "Postgres";
        var connectionString = server is null ? "Data Source=" + sqliteFile : server + ";Database=" + name;
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider, ["ConnectionStrings:Gantry"] = connectionString, ["Admin:InitialPassword"] = adminPassword,
        };
        var services = new ServiceCollection().AddGantryCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        }

        return new BenchDatabase(services, server, name, sqliteFile, provider, connectionString);
    }

    /// <summary>A new project with the schedule file imported into it; answers the project's id.</summary>
    public async Task<Guid> ImportAsync(string code, string file)
    {
        var projectId = await AsAdministratorAsync(async sp =>
        {
            var db = sp.GetRequiredService<GantryDbContext>();
            var owner = await db.Organisations.Where(o => o.Type == OrganisationType.Owner).Select(o => o.Id).FirstAsync();
            var project = await sp.GetRequiredService<CreateProject>().ExecuteAsync(new ProjectInput
            {
                Code = code, Name = code, Type = ProjectType.Infrastructure, OwnerOrganisationId = owner, ContractAmount = 1,
                PlannedStart = new DateOnly(2017, 1, 1), PlannedFinish = new DateOnly(2030, 1, 1),
            });
            return project.Id;
        });
        var report = await AsAdministratorAsync(async sp =>
        {
            await using var stream = File.OpenRead(file);
            return await sp.GetRequiredService<ImportSchedule>().ExecuteAsync(projectId, stream, Path.GetFileName(file));
        });
        Console.WriteLine($"{code}: imported {report.Activities:N0} activities, {report.Links:N0} links");
        return projectId;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_server is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var connection = new Npgsql.NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
        }
    }

    private async Task<T> AsAdministratorAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GantryDbContext>();
        var admin = await db.Users.Where(u => u.IsAdministrator).Select(u => new { u.Id, u.UserName }).FirstAsync();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(admin.Id, admin.UserName);
        return await action(scope.ServiceProvider);
    }
}
