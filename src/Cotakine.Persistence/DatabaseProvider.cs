namespace Cotakine.Persistence;

/// <summary>Which database the practice data lives in: a SQLite file (default, zero set-up) or PostgreSQL (group practice, hosting).</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite file.</summary>
    Sqlite,

    /// <summary>PostgreSQL server.</summary>
    Postgres,
}
