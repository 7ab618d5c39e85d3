namespace Cotakine.Cli;

/// <summary>
/// Bad usage or invalid input found by a command (a date that does not exist, an unknown département, an invalid
/// request): <see cref="CliApp"/> prints the French message on stderr, nothing on stdout, and exits with 2.
/// </summary>
internal sealed class CliUsageException(string message) : Exception(message);
