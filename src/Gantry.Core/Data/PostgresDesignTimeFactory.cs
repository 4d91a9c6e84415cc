using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gantry.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresGantryDbContext</c> build the model; no server is contacted.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGantryDbContext>
{
    public PostgresGantryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGantryDbContext>().UseNpgsql("Host=localhost;Database=gantry_design").Options);
}
