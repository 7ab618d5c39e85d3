using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cotakine.Persistence;

/// <summary>
/// Refuses to open a SQLite database whose file has disappeared since this process last saw it (file deleted, directory
/// unmounted or removed). Without it the provider would quietly create a new empty file (its default mode creates), or a
/// pooled connection would keep writing into the deleted file, which nobody will ever read again: billing data lost
/// without an error. With it the request fails with <c>SQLITE_CANTOPEN</c>, which <see cref="DatabaseFailures"/> turns
/// into « base indisponible », and the pool is emptied so that the file, once put back, is opened afresh.
/// The first open of a path that never existed is allowed: that is how a new practice database is created (owner-only,
/// <see cref="OwnerOnlyFiles"/>).
/// </summary>
public sealed class SqliteFileGuard : DbConnectionInterceptor
{
    private const int SqliteCantOpen = 14;
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Check(connection);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Check(connection);
        return ValueTask.FromResult(result);
    }

    private void Check(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return;
        }

        var options = new SqliteConnectionStringBuilder(sqlite.ConnectionString);
        if (options.Mode == SqliteOpenMode.Memory || options.DataSource is "" or ":memory:" || options.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var path = Path.GetFullPath(options.DataSource);
        if (File.Exists(path))
        {
            if (_seen.TryAdd(path, true))
            {
                // First time this process opens it: a database (and its -wal/-shm) from before is made owner-only too.
                foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                {
                    OwnerOnlyFiles.Restrict(file);
                }
            }

            return;
        }

        if (_seen.ContainsKey(path))
        {
            SqliteConnection.ClearPool(sqlite);
            throw new SqliteException($"Le fichier de la base de données « {path} » a disparu : il n'est pas recréé vide.", SqliteCantOpen);
        }

        // A new database: created owner-only (0600) before SQLite opens it, so its -wal and -shm are owner-only too.
        OwnerOnlyFiles.Prepare(path);
    }
}
