using Cotakine.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Cotakine.Web.Tests;

/// <summary>Which provider errors mean « the database cannot serve now » (503) and which are bugs (500).</summary>
public sealed class DatabaseFailuresTests
{
    [Theory]
    [InlineData(5)] // SQLITE_BUSY
    [InlineData(6)] // SQLITE_LOCKED
    [InlineData(10)] // SQLITE_IOERR
    [InlineData(14)] // SQLITE_CANTOPEN
    [InlineData(13)] // SQLITE_FULL
    [InlineData(261)] // SQLITE_BUSY_RECOVERY (extended code of BUSY)
    public void Sqlite_lock_and_file_errors_are_unavailability(int code) =>
        Assert.True(DatabaseFailures.IsUnavailable(new SqliteException("x", code)));

    [Theory]
    [InlineData(1)] // SQLITE_ERROR: bad SQL, missing table
    [InlineData(19)] // SQLITE_CONSTRAINT: a bug or a conflict, not an outage
    public void Sqlite_errors_of_the_program_are_not(int code) =>
        Assert.False(DatabaseFailures.IsUnavailable(new SqliteException("x", code)));

    [Theory]
    [InlineData("57P01", true)] // admin shutdown (pg_terminate_backend, fast stop)
    [InlineData("08006", true)] // connection failure
    [InlineData("57014", true)] // statement timeout
    [InlineData("55P03", true)] // lock not available
    [InlineData("3D000", true)] // database does not exist (dropped, not restored yet)
    [InlineData("23505", false)] // unique violation
    [InlineData("42P01", false)] // undefined table
    public void Postgres_states(string state, bool unavailable) =>
        Assert.Equal(unavailable, DatabaseFailures.IsUnavailable(new PostgresException("x", "ERROR", "ERROR", state)));

    [Fact]
    public void Wrapped_errors_are_found_under_ef_core_and_aggregates()
    {
        var busy = new SqliteException("database is locked", 5);
        Assert.True(DatabaseFailures.IsUnavailable(new DbUpdateException("save", busy)));
        Assert.True(DatabaseFailures.IsUnavailable(new InvalidOperationException("transient", new NpgsqlException("cut", new TimeoutException()))));
        Assert.True(DatabaseFailures.IsUnavailable(new AggregateException(new ArgumentException("a"), busy)));
        Assert.True(DatabaseFailures.IsUnavailable(new RetryLimitExceededException("retries", new ArgumentException("x"))));
        Assert.False(DatabaseFailures.IsUnavailable(new DbUpdateException("save", new SqliteException("constraint", 19))));
        Assert.False(DatabaseFailures.IsUnavailable(new InvalidOperationException("immuable")));
        Assert.False(DatabaseFailures.IsUnavailable(null));
    }

    [Theory]
    [InlineData("Data Source=a.db", null, 5)]
    [InlineData("Data Source=a.db;Default Timeout=60", null, 60)]
    [InlineData("Data Source=a.db;Command Timeout=60", null, 60)]
    [InlineData("Data Source=a.db;Default Timeout=60", 2, 2)]
    public void Sqlite_busy_timeout_is_bounded_unless_configured(string connectionString, int? setting, int expected) =>
        Assert.Equal(expected, new SqliteConnectionStringBuilder(PersistenceSetup.WithSqliteBusyTimeout(connectionString, setting)).DefaultTimeout);
}
