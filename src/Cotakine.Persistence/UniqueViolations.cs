using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cotakine.Persistence;

/// <summary>
/// Tells a write refused by a unique key or index (two requests saving the same thing at once, the loser of a race the
/// database itself decided) from any other failure, on both providers, and says which table it concerns, so that the
/// use case answers 409 naming what exists instead of a 500.
/// </summary>
public static class UniqueViolations
{
    private const int SqliteConstraint = 19; // https://www.sqlite.org/rescode.html#constraint
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>
    /// The table whose unique key <paramref name="error"/> (or an exception it wraps) broke, or null when it is not a
    /// unique violation. PostgreSQL says the table; SQLite says « UNIQUE constraint failed: Table.Column, … ».
    /// </summary>
    public static string? TableOf(Exception? error)
    {
        for (var depth = 0; error is not null && depth < 16; depth++, error = error.InnerException)
        {
            switch (error)
            {
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres:
                    return postgres.TableName ?? "";
                case SqliteException { SqliteErrorCode: SqliteConstraint } sqlite
                    when sqlite.SqliteExtendedErrorCode is SqliteConstraintPrimaryKey or SqliteConstraintUnique:
                    var text = sqlite.Message;
                    var at = text.IndexOf("failed: ", StringComparison.Ordinal);
                    var dot = at < 0 ? -1 : text.IndexOf('.', at);
                    return at < 0 || dot < 0 ? "" : text[(at + 8)..dot];
            }
        }

        return null;
    }
}
