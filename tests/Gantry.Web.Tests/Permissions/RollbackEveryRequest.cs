using Gantry.Core.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gantry.Web.Tests.Permissions;

/// <summary>
/// Runs every request of the permission matrix inside a database transaction that is rolled back,
/// so each role meets the same seeded project: a manager's delete must not turn the next role's
/// answer into "not found". Outermost in the pipeline, so sign-in checks and use cases share it.
/// </summary>
public sealed class RollbackEveryRequest : IStartupFilter
{
    /// <summary>Off while the fixture prepares its data, on while the matrix is walked.</summary>
    public bool On { get; set; }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextStep) =>
        {
            // Adopting a scenario opens its own transaction, which cannot nest; the matrix sends it no version, so it changes nothing.
            if (!On || context.Request.Path.Value?.EndsWith("/adopt", StringComparison.Ordinal) == true
                || string.Equals(context.Request.Query["handler"], "Adopt", StringComparison.Ordinal))
            {
                await nextStep(context);
                return;
            }

            var db = context.RequestServices.GetRequiredService<GantryDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
            try
            {
                await nextStep(context);
            }
            finally
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
        });
        next(app);
    };
}
