using Gantry.Core.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gantry.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test class on the provider named by GANTRY_TEST_PROVIDER
/// (Sqlite by default; Postgres needs GANTRY_TEST_POSTGRES). Dropped again on dispose.
/// </summary>
public sealed class TestDatabaseLocation : IAsyncDisposable
{
    private TestDatabaseLocation(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresServer,
        string? postgresDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresServer = postgresServer;
        _postgresDatabase = postgresDatabase;
    }

    private readonly string? _sqliteFile;
    private readonly string? _postgresServer;
    private readonly string? _postgresDatabase;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static DatabaseProvider ProviderUnderTest =>
        Environment.GetEnvironmentVariable("GANTRY_TEST_PROVIDER") is { Length: > 0 } value
            ? Enum.Parse<DatabaseProvider>(value, ignoreCase: true)
            : DatabaseProvider.Sqlite;

    public static TestDatabaseLocation Create()
    {
        var name = "gantry_test_" + Guid.NewGuid().ToString("N");
        if (ProviderUnderTest == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), name + ".db");
            return new TestDatabaseLocation(DatabaseProvider.Sqlite, $"Data Source={file}", file, null, null);
        }

        var server = Environment.GetEnvironmentVariable("GANTRY_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException("GANTRY_TEST_PROVIDER=Postgres needs GANTRY_TEST_POSTGRES (a connection string to a server where tests may create databases).");
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabaseLocation(DatabaseProvider.Postgres, builder.ConnectionString, null, server, name);
    }

    public Dictionary<string, string?> Configuration() => new(StringComparer.Ordinal)
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Gantry"] = ConnectionString,
    };

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }

        if (_postgresServer is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
