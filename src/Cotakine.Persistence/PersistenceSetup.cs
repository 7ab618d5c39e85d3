using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cotakine.Persistence;

/// <summary>
/// Registers the practice database for a provider and applies its migrations at start. The rest of the application only
/// asks for <see cref="CotakineDbContext"/>; which subclass (and so which migration set) answers is decided here.
/// </summary>
public static class PersistenceSetup
{
    /// <summary>Registers <see cref="CotakineDbContext"/>, <see cref="CurrentActor"/> (scoped) and the audit interceptor.</summary>
    public static IServiceCollection AddCotakinePersistence(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        services.AddScoped<CurrentActor>();
        services.AddSingleton(sp => new AuditInterceptor(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresCotakineDbContext>((sp, o) =>
                o.UseNpgsql(connectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
            services.AddScoped<CotakineDbContext>(sp => sp.GetRequiredService<PostgresCotakineDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteCotakineDbContext>((sp, o) =>
                o.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
            services.AddScoped<CotakineDbContext>(sp => sp.GetRequiredService<SqliteCotakineDbContext>());
        }

        return services;
    }

    /// <summary>Applies the provider's migrations; on SQLite also turns on WAL so readers do not block the writer.</summary>
    public static async Task MigrateAsync(CotakineDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
