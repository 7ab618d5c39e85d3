using Cotakine.Quoting;

namespace Cotakine.Practice.Sessions;

/// <summary>One line of a session's quote, kept as priced (amounts in cents, quantity and rate as given).</summary>
public sealed class SessionLine
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; init; }

    /// <summary>The session.</summary>
    public Guid SessionId { get; init; }

    /// <summary>Order of the line in the quote.</summary>
    public int Position { get; init; }

    /// <summary>Code (<c>RIC 8.08</c>, <c>IFD</c>).</summary>
    public string Code { get; init; } = "";

    /// <summary>Kind of line.</summary>
    public LineKind Kind { get; init; }

    /// <summary>Label.</summary>
    public string Label { get; init; } = "";

    /// <summary>Quantity.</summary>
    public decimal Quantity { get; init; }

    /// <summary>Unit price in cents.</summary>
    public long UnitPriceCents { get; init; }

    /// <summary>Rate (1, 0.5).</summary>
    public decimal Rate { get; init; }

    /// <summary>Amount in cents.</summary>
    public long AmountCents { get; init; }

    /// <summary>The rule that produced the line.</summary>
    public string Rule { get; init; } = "";
}
