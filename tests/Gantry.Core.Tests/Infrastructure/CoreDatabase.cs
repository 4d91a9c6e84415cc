using Gantry.Core;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Gantry.Tests.Infrastructure;

/// <summary>
/// One migrated database per test class with the demo project seeded (first start), and a way
/// to run use cases as a given user, each call in its own scope like one HTTP request.
/// </summary>
public sealed class CoreDatabase : IAsyncLifetime
{
    public const string AdminPassword = "Admin-Password-1";
    public const string DemoPassword = "Gantry-Demo-2026";

    private ServiceProvider? _services;

    public TestDatabaseLocation Location { get; } = TestDatabaseLocation.Create();

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        var settings = Location.Configuration();
        settings["Admin:InitialPassword"] = AdminPassword;
        settings["Demo:Password"] = DemoPassword;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddGantryCore(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await Location.DisposeAsync();
    }

    /// <summary>Runs <paramref name="action"/> in a new scope as <paramref name="userName"/> (null: nobody signed in).</summary>
    public async Task<T> As<T>(string? userName, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        if (userName is not null)
        {
            var db = scope.ServiceProvider.GetRequiredService<GantryDbContext>();
            var id = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(id, userName);
        }

        return await action(scope.ServiceProvider);
    }

    public Task As(string? userName, Func<IServiceProvider, Task> action) =>
        As<bool>(userName, async sp =>
        {
            await action(sp);
            return true;
        });

    /// <summary>Resolves use case <typeparamref name="TUseCase"/> in a new scope as the user and runs it.</summary>
    public Task<T> Run<TUseCase, T>(string? userName, Func<TUseCase, Task<T>> action) where TUseCase : notnull =>
        As(userName, sp => action(sp.GetRequiredService<TUseCase>()));

    public async Task<T> Query<T>(Func<GantryDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<GantryDbContext>());
    }
}
