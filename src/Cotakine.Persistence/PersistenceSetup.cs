using Microsoft.Data.Sqlite;
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
    /// Registers <see cref="CotakineDbContext"/>, <see cref="CurrentActor"/> and <see cref="ScopeWrites"/> (scoped), the audit interceptor and, for
    /// SQLite, the file guard and the <see cref="SqliteWriteQueue"/>. <paramref name="settings"/> and
    /// <paramref name="sqliteWriteQueueTimeout"/> are read when first needed (after the host's configuration is complete),
    /// so hosts and tests can set them through ordinary configuration.
    /// </summary>
    public static IServiceCollection AddCotakinePersistence(
        this IServiceCollection services,
        Func<IServiceProvider, (DatabaseProvider Provider, string ConnectionString)> settings,
        Func<IServiceProvider, TimeSpan?>? sqliteWriteQueueTimeout = null)
    {
        services.AddScoped<CurrentActor>();
        services.AddSingleton(sp => new AuditInterceptor(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<SqliteFileGuard>();
        services.AddSingleton(sp => new SqliteWriteQueue(sqliteWriteQueueTimeout?.Invoke(sp) ?? SqliteWriteQueue.DefaultQueueTimeout));
        services.AddDbContext<PostgresCotakineDbContext>((sp, o) =>
            o.UseNpgsql(settings(sp).ConnectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        services.AddDbContext<SqliteCotakineDbContext>((sp, o) =>
            o.UseSqlite(settings(sp).ConnectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<SqliteFileGuard>(),
                sp.GetRequiredService<SqliteWriteQueue>()));
        services.AddScoped<ScopeWrites>();
        services.AddScoped<CotakineDbContext>(sp =>
        {
            CotakineDbContext db = settings(sp).Provider == DatabaseProvider.Postgres
                ? sp.GetRequiredService<PostgresCotakineDbContext>()
                : sp.GetRequiredService<SqliteCotakineDbContext>();
            var writes = sp.GetRequiredService<ScopeWrites>();
            db.SavedChanges += (_, _) => writes.Saved = true;
            return db;
        });
        return services;
    }

    /// <summary>
    /// How long a SQLite write waits for another connection's write lock before giving up, when neither the
    /// <c>Database:BusyTimeoutSeconds</c> setting nor the connection string (<c>Default Timeout</c>) says otherwise.
    /// The provider's own default (30 s) leaves a user staring at a frozen page; 5 s covers any ordinary write of a
    /// practice (an invoice is a few milliseconds) and then answers « base occupée, réessayez ».
    /// </summary>
    public const int DefaultSqliteBusyTimeoutSeconds = 5;

    /// <summary>
    /// The SQLite connection string with its busy timeout: <paramref name="busyTimeoutSeconds"/> when given, else the
    /// connection string's own <c>Default Timeout</c> when it has one, else <see cref="DefaultSqliteBusyTimeoutSeconds"/>.
    /// Microsoft.Data.Sqlite retries a statement that meets <c>SQLITE_BUSY</c> (including the <c>BEGIN IMMEDIATE</c> of a
    /// transaction) until the command timeout, which defaults to <c>Default Timeout</c>; then it throws.
    /// </summary>
    public static string WithSqliteBusyTimeout(string connectionString, int? busyTimeoutSeconds)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (busyTimeoutSeconds is { } seconds)
        {
            builder.DefaultTimeout = seconds;
        }
        else if (!builder.ShouldSerialize("Default Timeout"))
        {
            builder.DefaultTimeout = DefaultSqliteBusyTimeoutSeconds;
        }

        return builder.ToString();
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
