namespace Cotakine.BenchHost;

/// <summary>Bad usage found by a command (an unknown provider, a missing connection string): exit 2, message on stderr.</summary>
internal sealed class BenchUsageException(string message) : Exception(message);
