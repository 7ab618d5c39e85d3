using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cotakine.Persistence;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresCotakineDbContext</c> build the PostgreSQL model (no server needed).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCotakineDbContext>
{
    /// <inheritdoc />
    public PostgresCotakineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCotakineDbContext>().UseNpgsql("Host=localhost;Database=cotakine").Options, new CurrentActor());
}
