namespace Cotakine.Persistence.Backup;

/// <summary>
/// A backup or restore that was valid but failed while running (the database unreachable, <c>pg_dump</c> or
/// <c>pg_restore</c> reporting an error). The message is French; the command line exits with 1.
/// </summary>
public sealed class BackupFailedException(string message, Exception? inner = null) : Exception(message, inner);
