using Microsoft.EntityFrameworkCore;

namespace Cotakine.Persistence;

/// <summary>The PostgreSQL flavour of <see cref="CotakineDbContext"/>: its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresCotakineDbContext(DbContextOptions<PostgresCotakineDbContext> options, CurrentActor actor)
    : CotakineDbContext(options, actor);
