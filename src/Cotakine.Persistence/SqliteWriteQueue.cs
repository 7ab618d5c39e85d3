using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cotakine.Persistence;

/// <summary>
/// Lines up this process's SQLite write transactions, first come first served, before they ask SQLite for its single
/// write lock. SQLite lets one writer at a time; left alone, concurrent <c>BEGIN IMMEDIATE</c> statements poll for the
/// lock (Microsoft.Data.Sqlite sleeps and retries on <c>SQLITE_BUSY</c>, holding a thread), and a request that keeps
/// losing that race fails after the busy timeout even though the database was never stuck — under 100 users at once a
/// payment was refused « base verrouillée » that way. Waiting here instead is asynchronous and in arrival order, so each
/// write waits only for the ones ahead of it. The busy timeout still bounds a wait for another process (a backup, a
/// <c>cotakine</c> batch, a lock held by an outside tool), and <see cref="QueueTimeout"/> bounds the wait in the queue;
/// either way the request ends in a <see cref="SqliteException"/> <c>SQLITE_BUSY</c>, which
/// <see cref="DatabaseFailures"/> answers 503 « réessayez », with nothing written.
/// </summary>
/// <remarks>
/// The place in the queue is taken when a transaction starts (every SQLite <c>SaveChanges</c> runs in one, see
/// <see cref="SqliteCotakineDbContext"/>) and given back when it commits, rolls back or fails, or at the latest when its
/// connection closes or is disposed with the context, so an abandoned transaction cannot keep the queue blocked. PostgreSQL has row locks and needs none
/// of this; the interceptor is registered for SQLite only. One queue serves one database file.
/// </remarks>
public sealed class SqliteWriteQueue : IDbTransactionInterceptor, IDbConnectionInterceptor, IDisposable
{
    private const int SqliteBusy = 5;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly ConditionalWeakTable<object, Place> _places = [];

    /// <summary>Creates the queue; <paramref name="queueTimeout"/> is how long a write may wait for the writes ahead of it.</summary>
    public SqliteWriteQueue(TimeSpan queueTimeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(queueTimeout, TimeSpan.Zero);
        QueueTimeout = queueTimeout;
    }

    /// <summary>
    /// How long a write waits for the writes of this process ahead of it when <c>Database:WriteQueueTimeoutSeconds</c>
    /// does not say otherwise. The queue moves by a few milliseconds per write, so 30 s is only reached when the database
    /// itself has stopped answering; each write then also has the busy timeout for another process's lock.
    /// </summary>
    public static readonly TimeSpan DefaultQueueTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long a write may wait for the writes ahead of it before the request is refused as « base occupée ».</summary>
    public TimeSpan QueueTimeout { get; }

    /// <summary>True while a write transaction of this process holds its turn (for tests and diagnostics).</summary>
    public bool IsBusy => _turn.CurrentCount == 0;

    /// <inheritdoc />
    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(eventData);
        if (result.HasResult)
        {
            return result;
        }

        if (!await _turn.WaitAsync(QueueTimeout, cancellationToken))
        {
            throw QueueTimedOut();
        }

        var owner = Hold(Owner(eventData, connection));
        try
        {
            // Begun here rather than by EF so that a BEGIN refused by another process's lock gives the turn back at once:
            // EF reports no failure for a transaction that never started, and its connection may stay open until the
            // request ends.
            return InterceptionResult<DbTransaction>.SuppressWithResult(
                await connection.BeginTransactionAsync(eventData.IsolationLevel, cancellationToken));
        }
        catch
        {
            Release(owner);
            throw;
        }
    }

    /// <inheritdoc />
    public InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(eventData);
        if (result.HasResult)
        {
            return result;
        }

        if (!_turn.Wait(QueueTimeout))
        {
            throw QueueTimedOut();
        }

        var owner = Hold(Owner(eventData, connection));
        try
        {
            return InterceptionResult<DbTransaction>.SuppressWithResult(connection.BeginTransaction(eventData.IsolationLevel));
        }
        catch
        {
            Release(owner);
            throw;
        }
    }

    /// <inheritdoc />
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(Owner(eventData, transaction.Connection));

    /// <inheritdoc />
    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(Owner(eventData, transaction.Connection));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(Owner(eventData, transaction.Connection));

    /// <inheritdoc />
    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(Owner(eventData, transaction.Connection));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(Owner(eventData, transaction.Connection));

    /// <inheritdoc />
    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(Owner(eventData, transaction.Connection));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(Owner(eventData, connection));

    /// <inheritdoc />
    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(Owner(eventData, connection));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => Release(Owner(eventData, connection));

    /// <inheritdoc />
    public ValueTask ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(Owner(eventData, connection));
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Who holds a turn: the EF context running the transaction (one context, one connection, one transaction at a time),
    /// or the bare connection when EF reports none. The transaction object is no key: SQLite's forgets its connection
    /// once it has ended.
    /// </summary>
    private static object? Owner(DbContextEventData eventData, DbConnection? connection) => (object?)eventData.Context ?? connection;

    private void Release(object? owner)
    {
        if (owner is not null && _places.TryGetValue(owner, out var place) && _places.Remove(owner) && place.TryGiveBack())
        {
            _turn.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _turn.Dispose();

    private object Hold(object? owner)
    {
        if (owner is null || !_places.TryAdd(owner, new Place()))
        {
            // A context never runs two transactions at once: EF refuses a nested one before asking us.
            _turn.Release();
            throw new InvalidOperationException("Une transaction est déjà ouverte sur cette connexion.");
        }

        return owner;
    }

    private SqliteException QueueTimedOut() => new(
        $"Écriture en attente depuis plus de {QueueTimeout.TotalSeconds:0} s derrière les autres écritures de la base : abandonnée.",
        SqliteBusy);

    /// <summary>One turn in the queue; given back once, whichever end event comes first.</summary>
    private sealed class Place
    {
        private int _given;

        public bool TryGiveBack() => Interlocked.Exchange(ref _given, 1) == 0;
    }
}
