namespace Cotakine.Web.Tests;

/// <summary>A SQLite database is three files in WAL mode: the database, its <c>-wal</c> and its <c>-shm</c>.</summary>
internal static class SqliteFiles
{
    /// <summary>Deletes the database file and its WAL companions (those that exist).</summary>
    public static void Delete(string database)
    {
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
