using Cotakine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.BenchHost;

/// <summary>
/// Opens the batch's database with the same contexts (and so the same migrations) as the web app, but without the audit
/// interceptor: the synthetic centre is generated data, not billing done by a user. The actor's practice is the
/// synthetic centre, so the query filters of <see cref="CotakineDbContext"/> apply as for any user of that practice.
/// </summary>
internal sealed class BatchDatabase(DatabaseProvider provider, string connectionString)
{
    public DatabaseProvider Provider { get; } = provider;

    public CotakineDbContext Open()
    {
        var actor = new CurrentActor { PracticeId = BatchCentre.PracticeId, Name = "batch" };
        if (Provider == DatabaseProvider.Postgres)
        {
            var options = new DbContextOptionsBuilder<PostgresCotakineDbContext>().UseNpgsql(connectionString).Options;
            return new PostgresCotakineDbContext(options, actor);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteCotakineDbContext>().UseSqlite(connectionString).Options;
        return new SqliteCotakineDbContext(sqlite, actor);
    }
}
