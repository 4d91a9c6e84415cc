using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Data;

/// <summary>The model on PostgreSQL; migrations in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresGantryDbContext(DbContextOptions<PostgresGantryDbContext> options) : GantryDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Schedule dates are wall-clock times without a zone; timestamptz would ask for UTC.
        WallClockConverter.Apply(modelBuilder, "timestamp without time zone");
    }
}
