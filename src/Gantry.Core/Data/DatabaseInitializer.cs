using System.Security.Cryptography;
using Gantry.Core.Demo;
using Gantry.Core.Organisations;
using Gantry.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gantry.Core.Data;

/// <summary>
/// Runs at every start: applies pending migrations, and on the very first start (no users yet)
/// creates the administrator and, unless disabled, the demo project.
/// </summary>
public sealed class DatabaseInitializer(
    GantryDbContext db,
    DatabaseSettings database,
    IPasswordHasher<User> hasher,
    IOptions<FirstStartSettings> firstStart,
    IOptions<DemoSettings> demo,
    DemoSeeder seeder,
    TimeProvider clock)
{
    // No 0/O or 1/l/I: the password is read off a console and typed by hand.
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public async Task<FirstStartReport> InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (database.Provider == DatabaseProvider.Sqlite && GantryCoreServices.SqliteFilePath(database.ConnectionString) is { } file)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return new FirstStartReport(null, null, []);
        }

        var settings = firstStart.Value;
        var password = string.IsNullOrWhiteSpace(settings.InitialPassword)
            ? new string(RandomNumberGenerator.GetItems(PasswordAlphabet.AsSpan(), 16))
            : settings.InitialPassword;
        var organisation = Organisation.Create(settings.OrganisationName, OrganisationType.Owner, null);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        var admin = await CreateUser.BuildAsync(db, hasher, new CreateUserInput
        {
            UserName = settings.UserName,
            DisplayName = "Administrator 系统管理员",
            Password = password,
            OrganisationId = organisation.Id,
            IsAdministrator = true,
        }, clock.GetUtcNow().UtcDateTime, cancellationToken);
        db.Users.Add(admin);
        await db.SaveChangesAsync(cancellationToken);

        var accounts = demo.Value.Enabled ? await seeder.SeedAsync(cancellationToken) : [];
        return new FirstStartReport(admin.UserName, password, accounts);
    }
}
