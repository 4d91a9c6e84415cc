using Gantry.Core.Data;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Gantry.Core.Tests;

/// <summary>First start with the demo turned off: an administrator and nothing else.</summary>
public sealed class FirstStartTests : IAsyncLifetime
{
    private readonly TestDatabaseLocation _location = TestDatabaseLocation.Create();
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        var settings = _location.Configuration();
        settings["Demo:Enabled"] = "false";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _services = new ServiceCollection().AddGantryCore(configuration).BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _location.DisposeAsync();
    }

    private async Task<FirstStartReport> StartAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    [Fact]
    public async Task WithoutTheDemoOnlyAnAdministratorWithARandomPasswordIsCreated()
    {
        var first = await StartAsync();
        var second = await StartAsync();

        Assert.Equal("admin", first.AdminUserName);
        Assert.Equal(16, first.AdminPassword!.Length);
        Assert.Empty(first.DemoAccounts);
        Assert.Null(second.AdminPassword);
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GantryDbContext>();
        Assert.Equal(1, await db.Users.CountAsync());
        Assert.Equal(0, await db.Projects.CountAsync());
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityName == "User" && a.UserId == null));
    }
}
