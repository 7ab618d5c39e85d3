using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cotakine.Persistence;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteCotakineDbContext</c> build the SQLite model.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCotakineDbContext>
{
    /// <inheritdoc />
    public SqliteCotakineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCotakineDbContext>().UseSqlite("Data Source=design.db").Options, new CurrentActor());
}
