using Gantry.Core;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Gantry.Core.Tokens;
using Gantry.Core.Users;
using Gantry.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Gantry.Core.Tests;

/// <summary>
/// A database created by the previous migration, holding data, is upgraded to the latest one
/// without losing anything, on the provider under test.
/// </summary>
public sealed class MigrationUpgradeTests : IAsyncLifetime
{
    private readonly TestDatabaseLocation _location = TestDatabaseLocation.Create();
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_location.Configuration()).Build();
        var services = new ServiceCollection();
        services.AddGantryCore(configuration);
        _services = services.BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _location.DisposeAsync();
    }

    [Fact]
    public async Task UpgradingFromThePreviousMigrationKeepsOrganisationsUsersProjectsAndMembers()
    {
        var organisationId = Guid.NewGuid();
        var userId = Guid.NewGuid();
        var projectId = Guid.NewGuid();
        var membershipId = Guid.NewGuid();
        var created = new DateTime(2026, 5, 1, 9, 30, 0, DateTimeKind.Utc);
        var hash = new PasswordHasher<User>().HashPassword(null!, "Before-Upgrade-1");

        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GantryDbContext>();
            var migrations = db.Database.GetMigrations().ToArray();
            Assert.True(migrations.Length >= 2, "at least two migrations are needed for an upgrade");
            await db.GetService<IMigrator>().MigrateAsync(migrations[^2]);
            Assert.Equal(migrations[^1], Assert.Single(await db.Database.GetPendingMigrationsAsync()));

            // Plain SQL: the current model has columns the previous schema does not.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Organisations" ("Id", "Code", "Name", "Type", "Version")
                VALUES ({organisationId}, {"ZJ"}, {"中建升级测试公司"}, {"GeneralContractor"}, {3})
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Users" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "DisplayName",
                    "OrganisationId", "IsAdministrator", "IsActive", "PasswordHash", "SecurityStamp", "FailedSignInCount",
                    "LockedOutUntil", "CreatedAt", "Version")
                VALUES ({userId}, {"old.user"}, {"OLD.USER"}, {"old@example.cn"}, {"OLD@EXAMPLE.CN"}, {"老用户"},
                    {organisationId}, {true}, {true}, {hash}, {"STAMP"}, {0}, {null as DateTime?}, {created}, {1})
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Projects" ("Id", "Code", "Name", "Type", "Location", "OwnerOrganisationId", "ContractAmount",
                    "Currency", "PlannedStart", "PlannedFinish", "Status", "Description", "IsArchived", "CreatedAt",
                    "SearchText", "Version")
                VALUES ({projectId}, {"UP-1"}, {"升级前的项目"}, {"Infrastructure"}, {"武汉"}, {organisationId}, {123456789.12m},
                    {"CNY"}, {new DateOnly(2026, 6, 1)}, {new DateOnly(2027, 6, 30)}, {"InProgress"}, {"旧数据"}, {false},
                    {created}, {"up-1\n升级前的项目\n武汉"}, {7})
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "ProjectMemberships" ("Id", "ProjectId", "UserId", "Role", "PartyRole", "AddedAt", "Version")
                VALUES ({membershipId}, {projectId}, {userId}, {"Planner"}, {"GeneralContractor"}, {created}, {1})
                """);
        }

        await using (var scope = _services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            Assert.Null(report.AdminPassword); // users existed: no second administrator, no demo on top of real data
        }

        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GantryDbContext>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var project = await db.Projects.SingleAsync();
            Assert.Equal(("UP-1", "升级前的项目", ProjectType.Infrastructure, 123456789.12m, 7),
                (project.Code, project.Name, project.Type, project.ContractAmount, project.Version));
            Assert.Equal((new DateOnly(2026, 6, 1), new DateOnly(2027, 6, 30), ProjectStatus.InProgress),
                (project.PlannedStart, project.PlannedFinish, project.Status));
            Assert.Equal(created, project.CreatedAt);
            var user = await db.Users.SingleAsync();
            Assert.Equal(("old.user", "老用户", organisationId, (string?)null), (user.UserName, user.DisplayName, user.OrganisationId, user.PreferredCulture));
            var membership = await db.Memberships.SingleAsync();
            Assert.Equal((projectId, userId, Members.ProjectRole.Planner), (membership.ProjectId, membership.UserId, membership.Role));
            Assert.Equal("中建升级测试公司", (await db.Organisations.SingleAsync()).Name);
        }

        // The old password still works and the new table is usable.
        await using (var scope = _services.CreateAsyncScope())
        {
            var signIn = await scope.ServiceProvider.GetRequiredService<SignIn>().ExecuteAsync("old.user", "Before-Upgrade-1");
            Assert.True(signIn.Succeeded);
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(userId, "old.user");
            var token = await scope.ServiceProvider.GetRequiredService<IssueToken>().ExecuteAsync(new IssueTokenInput { Name = "after upgrade" });
            Assert.Equal("old.user", (await scope.ServiceProvider.GetRequiredService<AuthenticateToken>().ExecuteAsync(token.Token))!.UserName);
            var language = await scope.ServiceProvider.GetRequiredService<SetPreferredCulture>().ExecuteAsync("en");
            Assert.Equal("en", language);
        }
    }
}
