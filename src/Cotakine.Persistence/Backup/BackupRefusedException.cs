namespace Cotakine.Persistence.Backup;

/// <summary>
/// A backup or restore refused because of what was asked (a file that is not a Cotakine backup, a database that would
/// be overwritten without <c>--force</c>, a missing <c>pg_dump</c>): nothing was changed. The message is French and names
/// the file or the option; the command line exits with 2.
/// </summary>
public sealed class BackupRefusedException(string message) : Exception(message);
