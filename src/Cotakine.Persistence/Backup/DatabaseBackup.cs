using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Persistence.Backup;

/// <summary>
/// Backs up and restores the whole practice database, while the web app may be running. SQLite: the online backup API
/// (a consistent copy page by page, readers and writers keep going) into a single self-contained file. PostgreSQL:
/// <c>pg_dump --format=custom</c> and <c>pg_restore --clean --if-exists --single-transaction</c>, so a failed restore
/// changes nothing. A restore checks first that the file is a Cotakine backup whose schema this version knows, refuses to
/// replace a database holding data unless forced, and then keeps a copy of the database it replaces. Afterwards the
/// migrations of this version are applied, so a backup made by an older Cotakine is brought up to date.
/// </summary>
public sealed class DatabaseBackup(DatabaseProvider provider, string connectionString, TimeProvider clock)
{
    /// <summary>Writes a backup of the configured database to <paramref name="file"/> (refused if it exists, unless <paramref name="overwrite"/>).</summary>
    public Task<BackupSummary> BackupAsync(string file, bool overwrite, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var full = Path.GetFullPath(file);
        if (File.Exists(full) && !overwrite)
        {
            throw new BackupRefusedException($"--out : le fichier « {full} » existe déjà ; choisissez un autre nom ou ajoutez --force pour le remplacer.");
        }

        if (!Directory.Exists(Path.GetDirectoryName(full)))
        {
            throw new BackupRefusedException($"--out : le dossier « {Path.GetDirectoryName(full)} » n'existe pas.");
        }

        return provider == DatabaseProvider.Postgres
            ? new PostgresBackup(connectionString, KnownMigrations()).BackupAsync(full, cancellationToken)
            : new SqliteBackup(connectionString, KnownMigrations()).BackupAsync(full, cancellationToken);
    }

    /// <summary>
    /// Restores <paramref name="file"/> into the configured database. Returns what the database now holds and where the
    /// replaced database was kept (null when the target was empty or missing).
    /// </summary>
    public async Task<(BackupSummary Summary, string? SafetyCopy)> RestoreAsync(string file, bool force, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var full = Path.GetFullPath(file);
        if (!File.Exists(full))
        {
            throw new BackupRefusedException($"FICHIER : « {full} » n'existe pas.");
        }

        var stamp = clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var result = provider == DatabaseProvider.Postgres
            ? await new PostgresBackup(connectionString, KnownMigrations()).RestoreAsync(full, force, stamp, cancellationToken)
            : await new SqliteBackup(connectionString, KnownMigrations()).RestoreAsync(full, force, stamp, cancellationToken);

        await using (var db = OpenContext())
        {
            await PersistenceSetup.MigrateAsync(db, cancellationToken);
        }

        return (await SummarizeAsync(cancellationToken), result);
    }

    /// <summary>What the configured database holds now.</summary>
    public async Task<BackupSummary> SummarizeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = OpenContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        return await SummarizeAsync(connection, cancellationToken);
    }

    internal static async Task<BackupSummary> SummarizeAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        async Task<long> Count(string table) => Convert.ToInt64(await Scalar(connection, $"SELECT COUNT(*) FROM \"{table}\"", cancellationToken), CultureInfo.InvariantCulture);
        var migration = await Scalar(connection, "SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\"", cancellationToken);
        return new BackupSummary(await Count("Practices"), await Count("Patients"), await Count("Invoices"), migration as string ?? "");
    }

    internal static async Task<object?> Scalar(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    /// <summary>Checks the migrations recorded in a backup against this version's: all must be known (a newer schema is refused).</summary>
    internal static void CheckMigrations(string file, IReadOnlyCollection<string> inBackup, IReadOnlySet<string> known)
    {
        if (inBackup.Count == 0)
        {
            throw new BackupRefusedException($"FICHIER : « {file} » ne contient pas de base Cotakine (aucune migration enregistrée).");
        }

        var unknown = inBackup.Where(m => !known.Contains(m)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new BackupRefusedException(
                $"FICHIER : « {file} » a été fait par une version plus récente de Cotakine (migration {unknown[0]} inconnue de cette version) ; mettez Cotakine à jour avant de restaurer.");
        }
    }

    private HashSet<string> KnownMigrations()
    {
        using var db = OpenContext();
        return db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
    }

    private CotakineDbContext OpenContext()
    {
        var actor = new CurrentActor { Name = "restauration" };
        if (provider == DatabaseProvider.Postgres)
        {
            return new PostgresCotakineDbContext(new DbContextOptionsBuilder<PostgresCotakineDbContext>().UseNpgsql(connectionString).Options, actor);
        }

        return new SqliteCotakineDbContext(new DbContextOptionsBuilder<SqliteCotakineDbContext>().UseSqlite(SqliteBackup.NoPooling(connectionString)).Options, actor);
    }
}
