using Cotakine.Quoting;

namespace Cotakine.Practice.Sessions;

/// <summary>
/// One issue the quote engine raised when the session was priced, kept with the session so that billing can refuse a
/// session whose quote has an <see cref="Severity.Error"/> (an invoice must never carry a quote the engine rejected).
/// </summary>
public sealed class SessionIssue
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; init; }

    /// <summary>The session.</summary>
    public Guid SessionId { get; init; }

    /// <summary>Order of the issue in the quote.</summary>
    public int Position { get; init; }

    /// <summary>Info, warning or error.</summary>
    public Severity Severity { get; init; }

    /// <summary>The contract rule id (<see cref="RuleId"/>).</summary>
    public string Rule { get; init; } = "";

    /// <summary>The French message, as the engine wrote it.</summary>
    public string Message { get; init; } = "";

    /// <summary>The code concerned, if any.</summary>
    public string? Code { get; init; }
}
