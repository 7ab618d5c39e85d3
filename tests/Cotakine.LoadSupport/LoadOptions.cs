namespace Cotakine.LoadSupport;

/// <summary>
/// How a load run is shaped: <see cref="Users"/> simulated users, grouped by <see cref="UsersPerPractice"/> in practices
/// (one kiné who registers the practice and secrétaires), each running the practice loop until <see cref="Duration"/> has
/// passed or <see cref="Iterations"/> loops are done, whichever comes first (at least one of them bounds the run).
/// Several users of one practice bill for the same two kinés at the same time, so invoice numbering is contended.
/// </summary>
public sealed record LoadOptions
{
    /// <summary>Simulated users, all running at the same time.</summary>
    public int Users { get; init; } = 100;

    /// <summary>Users sharing one practice (its kiné and secrétaires).</summary>
    public int UsersPerPractice { get; init; } = 5;

    /// <summary>Wall-clock bound of the loops (setup and final check excluded); null for no time bound.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Loops per user; null for no count bound.</summary>
    public int? Iterations { get; init; }

    /// <summary>A tag making the run's e-mail addresses and names unique in a database that already has data.</summary>
    public string RunTag { get; init; } = Guid.NewGuid().ToString("N")[..8];
}
