using System.Text;
using Microsoft.Data.Sqlite;

namespace Cotakine.Persistence.Backup;

/// <summary>
/// SQLite side of <see cref="DatabaseBackup"/>: <see cref="SqliteConnection.BackupDatabase(SqliteConnection)"/> both ways.
/// A backup is written to a temporary file beside the target, switched to a self-contained journal (no <c>-wal</c> file
/// to forget), checked with <c>PRAGMA integrity_check</c>, then renamed into place, so a half-written backup never
/// carries the final name.
/// </summary>
internal sealed class SqliteBackup(string connectionString, IReadOnlySet<string> knownMigrations)
{
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>The connection string without pooling, so that no file stays open after the command.</summary>
    public static string NoPooling(string connectionString, SqliteOpenMode? mode = null)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        if (mode is { } m)
        {
            builder.Mode = m;
        }

        return builder.ToString();
    }

    public async Task<BackupSummary> BackupAsync(string file, CancellationToken cancellationToken)
    {
        if (SameFile(file, DatabasePath()))
        {
            throw new BackupRefusedException($"--out : « {file} » est la base elle-même ; choisissez un autre fichier pour la sauvegarde.");
        }

        var temporary = file + ".partiel";
        OwnerOnlyFiles.Prepare(temporary);
        try
        {
            await using (var source = await OpenAsync(NoPooling(connectionString, SqliteOpenMode.ReadWrite), "la base à sauvegarder", cancellationToken))
            await using (var target = new SqliteConnection(NoPooling($"Data Source={temporary}")))
            {
                await CheckIsCotakineAsync(source, DatabasePath(), cancellationToken);
                await target.OpenAsync(cancellationToken);
                await WhileBusyAsync(() => source.BackupDatabase(target), cancellationToken);
                await ExecuteAsync(target, "PRAGMA journal_mode=DELETE;", cancellationToken);
                await CheckIntegrityAsync(target, file, cancellationToken);
            }

            File.Move(temporary, file, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        await using var written = await OpenAsync(NoPooling($"Data Source={file}", SqliteOpenMode.ReadOnly), file, cancellationToken);
        return await DatabaseBackup.SummarizeAsync(written, cancellationToken);
    }

    public async Task<string?> RestoreAsync(string file, bool force, string stamp, CancellationToken cancellationToken)
    {
        var target = DatabasePath();
        if (SameFile(file, target))
        {
            throw new BackupRefusedException($"FICHIER : « {file} » est la base elle-même, pas une sauvegarde.");
        }

        await CheckBackupFileAsync(file, cancellationToken);
        string? safetyCopy = null;
        if (File.Exists(target) && new FileInfo(target).Length > 0)
        {
            BackupSummary current;
            await using (var existing = await OpenAsync(NoPooling(connectionString, SqliteOpenMode.ReadWrite), "la base à remplacer", cancellationToken))
            {
                current = await TrySummarizeAsync(existing, cancellationToken);
            }

            if (!force)
            {
                throw new BackupRefusedException(
                    $"--force : la base « {target} » contient déjà des données ({Describe(current)}) ; ajoutez --force pour la remplacer (une copie en sera gardée).");
            }

            safetyCopy = $"{target}.avant-restauration-{stamp}";
            await BackupRawAsync(connectionString, safetyCopy, cancellationToken);
        }
        else if (Path.GetDirectoryName(target) is { } folder && !Directory.Exists(folder))
        {
            throw new BackupRefusedException($"Database:ConnectionString : le dossier « {folder} » de la base n'existe pas.");
        }

        OwnerOnlyFiles.Prepare(target);
        await using (var backup = await OpenAsync(NoPooling($"Data Source={file}", SqliteOpenMode.ReadOnly), file, cancellationToken))
        await using (var destination = new SqliteConnection(NoPooling(connectionString, SqliteOpenMode.ReadWriteCreate)))
        {
            await destination.OpenAsync(cancellationToken);
            // Page by page into the live file, under SQLite's own locks: the running app sees the restored data at its
            // next statement. A destination in WAL mode stays in WAL mode.
            await WhileBusyAsync(() => backup.BackupDatabase(destination), cancellationToken);
        }

        return safetyCopy;
    }

    /// <summary>
    /// Runs a backup step again while another connection (the running app in the middle of a write) holds the lock:
    /// the backup API gives up at once with <c>SQLITE_BUSY</c> instead of waiting. Bounded to about 15 seconds.
    /// </summary>
    private static async Task WhileBusyAsync(Action step, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                step();
                return;
            }
            catch (SqliteException e) when ((e.SqliteErrorCode & 0xFF) is 5 or 6 && attempt < 75)
            {
                await Task.Delay(200, cancellationToken);
            }
        }
    }

    private static string Describe(BackupSummary s) => $"{s.Practices} cabinet(s), {s.Patients} patient(s), {s.Invoices} facture(s) et avoir(s)";

    private static async Task<BackupSummary> TrySummarizeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            return await DatabaseBackup.SummarizeAsync(connection, cancellationToken);
        }
        catch (SqliteException)
        {
            return new BackupSummary(0, 0, 0, "");
        }
    }

    private async Task CheckBackupFileAsync(string file, CancellationToken cancellationToken)
    {
        var start = new byte[Header.Length];
        await using (var stream = File.OpenRead(file))
        {
            var read = await stream.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken);
            if (read < start.Length || !start.AsSpan().SequenceEqual(Header))
            {
                throw new BackupRefusedException($"FICHIER : « {file} » n'est pas une sauvegarde SQLite de Cotakine (en-tête de fichier SQLite absent).");
            }
        }

        List<string> migrations;
        try
        {
            migrations = await ReadBackupAsync(file, cancellationToken);
        }
        catch (Exception e) when (Damaged(e))
        {
            // A truncated file or a damaged header: SQLite says « malformed » or « not a database ». That is the file's
            // state, not a passing failure: refused as damaged (exit 2), not « réessayez » (exit 1).
            throw new BackupRefusedException($"FICHIER : « {file} » est endommagé (fichier tronqué ou en-tête abîmé : {(e.InnerException ?? e).Message}).");
        }

        DatabaseBackup.CheckMigrations(file, migrations, knownMigrations);
    }

    private static bool Damaged(Exception e) =>
        (e as SqliteException ?? e.InnerException as SqliteException) is { } sqlite && (sqlite.SqliteErrorCode & 0xFF) is SqliteCorrupt or SqliteNotADatabase;

    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    private async Task<List<string>> ReadBackupAsync(string file, CancellationToken cancellationToken)
    {
        await using var backup = await OpenAsync(NoPooling($"Data Source={file}", SqliteOpenMode.ReadOnly), file, cancellationToken);
        await CheckIsCotakineAsync(backup, file, cancellationToken);
        await CheckIntegrityAsync(backup, file, cancellationToken);
        var migrations = new List<string>();
        await using var command = backup.CreateCommand();
        command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            migrations.Add(reader.GetString(0));
        }

        return migrations;
    }

    private static async Task CheckIsCotakineAsync(SqliteConnection connection, string name, CancellationToken cancellationToken)
    {
        var tables = Convert.ToInt64(
            await DatabaseBackup.Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('__EFMigrationsHistory', 'Invoices', 'Practices')", cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
        if (tables != 3)
        {
            throw new BackupRefusedException($"« {name} » n'est pas une base Cotakine (tables __EFMigrationsHistory, Practices et Invoices absentes).");
        }
    }

    private static async Task CheckIntegrityAsync(SqliteConnection connection, string name, CancellationToken cancellationToken)
    {
        var result = await DatabaseBackup.Scalar(connection, "PRAGMA integrity_check;", cancellationToken) as string;
        if (result != "ok")
        {
            throw new BackupRefusedException($"FICHIER : « {name} » est endommagé (contrôle d'intégrité SQLite : {result}).");
        }
    }

    private static async Task BackupRawAsync(string sourceConnectionString, string file, CancellationToken cancellationToken)
    {
        await using var source = await OpenAsync(NoPooling(sourceConnectionString, SqliteOpenMode.ReadWrite), "la base à remplacer", cancellationToken);
        OwnerOnlyFiles.Prepare(file);
        await using var target = new SqliteConnection(NoPooling($"Data Source={file}"));
        await target.OpenAsync(cancellationToken);
        await WhileBusyAsync(() => source.BackupDatabase(target), cancellationToken);
        await ExecuteAsync(target, "PRAGMA journal_mode=DELETE;", cancellationToken);
    }

    private static bool SameFile(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private string DatabasePath() => Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    private static async Task<SqliteConnection> OpenAsync(string connectionString, string name, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync();
            throw new BackupFailedException($"Impossible d'ouvrir {name} ({new SqliteConnectionStringBuilder(connectionString).DataSource}) : {e.Message}", e);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
