using Microsoft.EntityFrameworkCore;

namespace Cotakine.Persistence;

/// <summary>The SQLite flavour of <see cref="CotakineDbContext"/>: its migrations live in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteCotakineDbContext(DbContextOptions<SqliteCotakineDbContext> options, CurrentActor actor)
    : CotakineDbContext(options, actor);
