namespace Cotakine.BenchHost;

/// <summary>The batch could not be done (a database that cannot be opened, a plan whose act is unknown): exit 1, message on stderr.</summary>
internal sealed class BenchFailureException(string message) : Exception(message);
