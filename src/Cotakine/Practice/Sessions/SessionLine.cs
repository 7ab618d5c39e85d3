using Cotakine.Quoting;

namespace Cotakine.Practice.Sessions;

/// <summary>One line of a session's quote, kept as priced (amounts in cents, quantity and rate as given).</summary>
public sealed class SessionLine
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; set; }

    /// <summary>The session.</summary>
    public Guid SessionId { get; set; }

    /// <summary>Order of the line in the quote.</summary>
    public int Position { get; set; }

    /// <summary>Code (<c>RIC 8.08</c>, <c>IFD</c>).</summary>
    public string Code { get; set; } = "";

    /// <summary>Kind of line.</summary>
    public LineKind Kind { get; set; }

    /// <summary>Label.</summary>
    public string Label { get; set; } = "";

    /// <summary>Quantity.</summary>
    public decimal Quantity { get; set; }

    /// <summary>Unit price in cents.</summary>
    public long UnitPriceCents { get; set; }

    /// <summary>Rate (1, 0.5).</summary>
    public decimal Rate { get; set; }

    /// <summary>Amount in cents.</summary>
    public long AmountCents { get; set; }

    /// <summary>The rule that produced the line.</summary>
    public string Rule { get; set; } = "";
}
