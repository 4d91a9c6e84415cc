using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gantry.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteGantryDbContext</c> build the model without the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGantryDbContext>
{
    public SqliteGantryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGantryDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
