using Microsoft.EntityFrameworkCore;

namespace Cotakine.Persistence;

/// <summary>
/// The SQLite flavour of <see cref="CotakineDbContext"/>: its migrations live in <c>Migrations/Sqlite</c>. Every
/// <c>SaveChanges</c> runs in a transaction, even a single statement, so that every write of the app takes its turn in
/// the <see cref="SqliteWriteQueue"/> instead of racing for SQLite's write lock.
/// </summary>
public sealed class SqliteCotakineDbContext : CotakineDbContext
{
    /// <summary>Creates the context for the current practice's <paramref name="actor"/>.</summary>
    public SqliteCotakineDbContext(DbContextOptions<SqliteCotakineDbContext> options, CurrentActor actor)
        : base(options, actor)
    {
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }
}
