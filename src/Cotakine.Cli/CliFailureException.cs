namespace Cotakine.Cli;

/// <summary>
/// The input was understood but there is nothing to give (an unknown code, a code not in force on the date):
/// <see cref="CliApp"/> prints the French message on stderr and exits with 1, as the contract says.
/// </summary>
internal sealed class CliFailureException(string message) : Exception(message);
