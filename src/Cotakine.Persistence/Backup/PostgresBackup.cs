using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;

namespace Cotakine.Persistence.Backup;

/// <summary>
/// PostgreSQL side of <see cref="DatabaseBackup"/>: <c>pg_dump --format=custom</c> and <c>pg_restore</c>, found next to
/// the server's major version (<c>/usr/lib/postgresql/N/bin</c>, Debian), else on the <c>PATH</c>, else the newest
/// installed. The password, if any, goes through <c>PGPASSWORD</c>, never on a command line.
/// </summary>
internal sealed class PostgresBackup(string connectionString, IReadOnlySet<string> knownMigrations)
{
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("PGDMP");
    private readonly NpgsqlConnectionStringBuilder _settings = new(connectionString);

    /// <summary>
    /// Dumps the database. The counts printed with the backup are those of the dump itself: they are read in a
    /// repeatable-read transaction whose snapshot pg_dump then uses (<c>pg_export_snapshot()</c>, <c>--snapshot</c>).
    /// Before, they were counted first and the dump taken later, so invoices issued in between were in the file but not
    /// in the printed counts.
    /// </summary>
    public async Task<BackupSummary> BackupAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(_settings.Database, cancellationToken);
        if (!await IsCotakineAsync(connection, cancellationToken))
        {
            throw new BackupRefusedException($"Database:ConnectionString : la base « {_settings.Database} » n'est pas une base Cotakine (tables absentes).");
        }

        var major = connection.PostgreSqlVersion.Major;
        await using var snapshot = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var snapshotId = (string)(await DatabaseBackup.Scalar(connection, "SELECT pg_export_snapshot()", cancellationToken))!;
        var summary = await DatabaseBackup.SummarizeAsync(connection, cancellationToken);
        var temporary = file + ".partiel";
        try
        {
            OwnerOnlyFiles.Prepare(temporary);
            await RunAsync(Tool("pg_dump", major), ["--format=custom", "--snapshot=" + snapshotId, "--file=" + temporary, .. Target(_settings.Database)], cancellationToken);
            File.Move(temporary, file, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        await snapshot.CommitAsync(cancellationToken);
        return summary;
    }

    public async Task<string?> RestoreAsync(string file, bool force, string stamp, CancellationToken cancellationToken)
    {
        var start = new byte[Header.Length];
        await using (var stream = File.OpenRead(file))
        {
            var read = await stream.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken);
            if (read < start.Length || !start.AsSpan().SequenceEqual(Header))
            {
                throw new BackupRefusedException($"FICHIER : « {file} » n'est pas une sauvegarde PostgreSQL de Cotakine (format personnalisé de pg_dump attendu).");
            }
        }

        // The target's server tells which pg_restore to use; a missing database is created (a restore on a new server).
        int major;
        var exists = true;
        await using (var maintenance = await OpenAsync("postgres", cancellationToken))
        {
            major = maintenance.PostgreSqlVersion.Major;
            await using var command = maintenance.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM pg_database WHERE datname = @name";
            command.Parameters.AddWithValue("name", _settings.Database ?? "");
            exists = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
        }

        var restore = Tool("pg_restore", major);
        var list = await RunAsync(restore, ["--list", file], cancellationToken);
        foreach (var table in new[] { "__EFMigrationsHistory", "Practices", "Invoices" })
        {
            if (!list.Split('\n').Any(l => l.Contains(" TABLE public ", StringComparison.Ordinal) && (l.Contains($" {table} ", StringComparison.Ordinal) || l.Contains($" \"{table}\" ", StringComparison.Ordinal))))
            {
                throw new BackupRefusedException($"FICHIER : « {file} » n'est pas une sauvegarde de Cotakine (table {table} absente).");
            }
        }

        var history = await RunAsync(restore, ["--data-only", "--table=__EFMigrationsHistory", "--file=-", file], cancellationToken);
        DatabaseBackup.CheckMigrations(file, Migrations(history), knownMigrations);

        string? safetyCopy = null;
        if (!exists)
        {
            await using var maintenance = await OpenAsync("postgres", cancellationToken);
            await using var create = maintenance.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{_settings.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            BackupSummary? current = null;
            await using (var connection = await OpenAsync(_settings.Database, cancellationToken))
            {
                if (await IsCotakineAsync(connection, cancellationToken))
                {
                    current = await DatabaseBackup.SummarizeAsync(connection, cancellationToken);
                }
            }

            if (current is not null)
            {
                if (!force)
                {
                    throw new BackupRefusedException(
                        $"--force : la base « {_settings.Database} » contient déjà des données ({current.Practices} cabinet(s), {current.Patients} patient(s), {current.Invoices} facture(s) et avoir(s)) ; ajoutez --force pour la remplacer (une copie en sera gardée).");
                }

                // Beside the backup being restored: a folder the administrator chose for backups, and so knows where to look.
                safetyCopy = Path.Combine(Path.GetDirectoryName(file)!, $"{_settings.Database}-avant-restauration-{stamp}.dump");
                OwnerOnlyFiles.Prepare(safetyCopy);
                await RunAsync(Tool("pg_dump", major), ["--format=custom", "--file=" + safetyCopy, .. Target(_settings.Database)], cancellationToken);
            }
        }

        // One transaction: a restore that fails half-way (disk full, bad file) leaves the database as it was.
        await RunAsync(restore, ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", .. Target(_settings.Database), file], cancellationToken);
        return safetyCopy;
    }

    /// <summary>The migration ids in the data of <c>__EFMigrationsHistory</c> as <c>pg_restore --data-only</c> prints it (COPY … FROM stdin, tab-separated rows, <c>\.</c>).</summary>
    private static List<string> Migrations(string script)
    {
        var ids = new List<string>();
        var inCopy = false;
        foreach (var line in script.Split('\n'))
        {
            if (line.StartsWith("COPY ", StringComparison.Ordinal) && line.Contains("__EFMigrationsHistory", StringComparison.Ordinal))
            {
                inCopy = true;
            }
            else if (inCopy && line.TrimEnd('\r') == "\\.")
            {
                inCopy = false;
            }
            else if (inCopy && line.Length > 0)
            {
                ids.Add(line.Split('\t')[0]);
            }
        }

        return ids;
    }

    private string[] Target(string? database) =>
    [
        "--no-password",
        "--host=" + (_settings.Host ?? "localhost"),
        "--port=" + _settings.Port.ToString(CultureInfo.InvariantCulture),
        .. _settings.Username is { Length: > 0 } user ? new[] { "--username=" + user } : [],
        "--dbname=" + database,
    ];

    private async Task<NpgsqlConnection> OpenAsync(string? database, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Database = database, Pooling = false };
        var connection = new NpgsqlConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (NpgsqlException e)
        {
            await connection.DisposeAsync();
            throw new BackupFailedException($"Base PostgreSQL inaccessible ({_settings.Host}:{_settings.Port}, base {database}) : {e.Message}", e);
        }
    }

    private static async Task<bool> IsCotakineAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        await DatabaseBackup.Scalar(connection,
            "SELECT to_regclass('public.\"__EFMigrationsHistory\"') IS NOT NULL AND to_regclass('public.\"Invoices\"') IS NOT NULL AND to_regclass('public.\"Practices\"') IS NOT NULL",
            cancellationToken) is true;

    /// <summary>The PostgreSQL program <paramref name="name"/>: the server's major version first, then <c>PATH</c>, then the newest installed.</summary>
    internal static string Tool(string name, int serverMajor)
    {
        var candidates = new List<string> { Path.Combine("/usr/lib/postgresql", serverMajor.ToString(CultureInfo.InvariantCulture), "bin", name) };
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, name)));
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin", name)));
        }

        return candidates.FirstOrDefault(File.Exists)
            ?? throw new BackupRefusedException(
                $"{name} introuvable (ni dans /usr/lib/postgresql/{serverMajor}/bin, ni sur le PATH) : installez les outils clients de PostgreSQL {serverMajor} (Debian : apt-get install postgresql-client-{serverMajor}).");
    }

    private async Task<string> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        if (_settings.Password is { Length: > 0 } password)
        {
            info.Environment["PGPASSWORD"] = password;
        }

        info.Environment["PGCONNECT_TIMEOUT"] = "15";
        using var process = Process.Start(info) ?? throw new BackupFailedException($"{program} n'a pas pu être lancé.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new BackupFailedException($"{Path.GetFileName(program)} a échoué (code {process.ExitCode}) : {(await error).Trim()}");
        }

        return await output;
    }
}
