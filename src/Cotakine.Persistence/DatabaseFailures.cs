using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Cotakine.Persistence;

/// <summary>
/// Tells a database that cannot serve right now (locked by another process, file gone, server stopped or restarting,
/// connection cut, timeout) from a bug. The first is not the user's fault and not a programming error: the request is
/// answered 503 « réessayez » and, because every write runs in a transaction, nothing of it was kept. One place decides,
/// for both providers, so the web app's exception handler and the health check agree.
/// </summary>
public static class DatabaseFailures
{
    // SQLite primary result codes (https://www.sqlite.org/rescode.html) meaning « the database cannot be used now ».
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoErr = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteProtocol = 15;
    private const int SqliteNotADb = 26;

    /// <summary>True when <paramref name="error"/> (or an exception it wraps) says the database is unavailable.</summary>
    public static bool IsUnavailable(Exception? error)
    {
        for (var depth = 0; error is not null && depth < 16; depth++)
        {
            if (IsUnavailableItself(error))
            {
                return true;
            }

            if (error is AggregateException { InnerExceptions: var all } && all.Count > 1)
            {
                return all.Any(IsUnavailable);
            }

            error = error.InnerException;
        }

        return false;
    }

    private static bool IsUnavailableItself(Exception error) => error switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked or SqliteReadOnly or SqliteIoErr
            or SqliteCorrupt or SqliteFull or SqliteCantOpen or SqliteProtocol or SqliteNotADb,
        PostgresException postgres => IsUnavailableState(postgres.SqlState) || postgres.IsTransient,
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or TimeoutException or IOException,
        RetryLimitExceededException => true,
        TimeoutException => true,
        _ => false,
    };

    /// <summary>
    /// PostgreSQL states (<c>SQLSTATE</c>) of a server that cannot serve now: connection exceptions (08), insufficient
    /// resources (53), lock not available (55P03), query cancelled by a statement timeout (57014), administrator or crash
    /// shutdown and start-up (57P01–57P03), serialization failure and deadlock (40001, 40P01), and the database or
    /// cluster not found (3D000: dropped or not restored yet).
    /// </summary>
    private static bool IsUnavailableState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
        || state is "55P03" or "57014" or "57P01" or "57P02" or "57P03" or "40001" or "40P01" or "3D000";
}
