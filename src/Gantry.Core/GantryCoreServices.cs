using Gantry.Core.Auditing;
using Gantry.Core.Data;
using Gantry.Core.Demo;
using Gantry.Core.Permissions;
using Gantry.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gantry.Core;

/// <summary>Registers the database, the permission service and every use case.</summary>
public static class GantryCoreServices
{
    public const string DefaultSqliteConnection = "Data Source=data/gantry.db";

    /// <summary>
    /// Reads <c>Database:Provider</c> (<c>Sqlite</c> | <c>Postgres</c>, default Sqlite) and
    /// <c>ConnectionStrings:Gantry</c>. Both providers live in one build; configuration picks one at start.
    /// </summary>
    public static IServiceCollection AddGantryCore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = ReadProvider(configuration);
        var connectionString = configuration.GetConnectionString("Gantry");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DefaultSqliteConnection
                : throw new InvalidOperationException("ConnectionStrings:Gantry is required when Database:Provider is Postgres.");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<CurrentUser>();
        services.AddScoped<VersionInterceptor>();
        services.AddScoped<AuditInterceptor>();
        services.AddSingleton(new DatabaseSettings(provider, connectionString));
        if (provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<GantryDbContext, SqliteGantryDbContext>((sp, options) =>
                options.UseSqlite(connectionString).AddInterceptors(
                    sp.GetRequiredService<VersionInterceptor>(), sp.GetRequiredService<AuditInterceptor>()));
        }
        else
        {
            services.AddDbContext<GantryDbContext, PostgresGantryDbContext>((sp, options) =>
                options.UseNpgsql(connectionString).AddInterceptors(
                    sp.GetRequiredService<VersionInterceptor>(), sp.GetRequiredService<AuditInterceptor>()));
        }

        services.Configure<SignInSettings>(configuration.GetSection("SignIn"));
        services.Configure<DemoSettings>(configuration.GetSection("Demo"));
        services.Configure<DayLabour.UploadSettings>(configuration.GetSection("Uploads"));
        services.Configure<FirstStartSettings>(configuration.GetSection("Admin"));
        services.Configure<Schedules.ScheduleCacheSettings>(configuration.GetSection("ScheduleCache"));
        services.AddSingleton<Schedules.ScheduleCache>();
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddScoped<PermissionService>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoSeeder>();
        foreach (var useCase in UseCaseTypes())
        {
            services.AddScoped(useCase);
        }

        return services;
    }

    /// <summary>Use cases are the public classes with an <c>ExecuteAsync</c> method: one class per command or query.</summary>
    public static IEnumerable<Type> UseCaseTypes() =>
        typeof(GantryCoreServices).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethod("ExecuteAsync") is not null);

    private static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider '{value}' is not supported; use Sqlite or Postgres.");
    }

    internal static string? SqliteFilePath(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(dataSource) || dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
            ? null
            : dataSource;
    }
}
