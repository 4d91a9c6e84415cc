using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Data;

/// <summary>The model on PostgreSQL; migrations in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresGantryDbContext(DbContextOptions<PostgresGantryDbContext> options) : GantryDbContext(options);
