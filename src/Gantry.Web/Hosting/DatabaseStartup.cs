using System.Globalization;
using Gantry.Core.Data;

namespace Gantry.Web.Hosting;

/// <summary>Applies migrations at start and prints, once, the administrator password and the demo accounts.</summary>
public static class DatabaseStartup
{
    public static async Task InitializeGantryDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"Gantry database: {settings.Provider} (migrations applied)"));
        if (report.AdminPassword is not null)
        {
            Console.WriteLine("================================================================");
            Console.WriteLine(string.Create(inv, $"First start: administrator '{report.AdminUserName}' created."));
            Console.WriteLine(string.Create(inv, $"  password: {report.AdminPassword}   (shown only now; change it after signing in)"));
            if (report.DemoAccounts.Count > 0)
            {
                Console.WriteLine("Demo project 滨江花园3号楼 (BJHY-3) with these accounts:");
                foreach (var a in report.DemoAccounts)
                {
                    Console.WriteLine(string.Create(inv, $"  {a.UserName,-16} {a.Password}  {a.DisplayName} · {a.Organisation} · {a.Role}"));
                }
            }

            Console.WriteLine("================================================================");
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in app.Urls)
            {
                Console.WriteLine(string.Create(inv, $"Gantry is running: sign in at {address.TrimEnd('/')}/sign-in"));
            }
        });
    }
}
