using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cotakine.Persistence;

/// <summary>
/// Registers the practice database for a provider and applies its migrations at start. The rest of the application only
/// asks for <see cref="CotakineDbContext"/>; which subclass (and so which migration set) answers is decided here.
/// </summary>
public static class PersistenceSetup
{
    /// <summary>
    /// Registers <see cref="CotakineDbContext"/>, <see cref="CurrentActor"/> (scoped) and the audit interceptor.
    /// <paramref name="settings"/> is read when the first context is made (after the host's configuration is complete),
    /// so hosts and tests can set the provider and connection string through ordinary configuration.
    /// </summary>
    public static IServiceCollection AddCotakinePersistence(this IServiceCollection services, Func<IServiceProvider, (DatabaseProvider Provider, string ConnectionString)> settings)
    {
        services.AddScoped<CurrentActor>();
        services.AddSingleton(sp => new AuditInterceptor(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddDbContext<PostgresCotakineDbContext>((sp, o) =>
            o.UseNpgsql(settings(sp).ConnectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        services.AddDbContext<SqliteCotakineDbContext>((sp, o) =>
            o.UseSqlite(settings(sp).ConnectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        services.AddScoped<CotakineDbContext>(sp => settings(sp).Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresCotakineDbContext>()
            : sp.GetRequiredService<SqliteCotakineDbContext>());
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
