using Gantry.Core.Data;

namespace Gantry.Web.Hosting;

/// <summary><c>/health</c>: 200 when the database answers, 503 otherwise (for load balancers and monitoring).</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapGantryHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (GantryDbContext db, CancellationToken cancellationToken) =>
                await db.Database.CanConnectAsync(cancellationToken)
                    ? Results.Ok(new { status = "healthy" })
                    : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, detail: "The database does not answer."))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
