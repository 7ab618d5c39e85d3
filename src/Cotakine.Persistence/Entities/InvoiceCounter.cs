namespace Cotakine.Persistence.Entities;

/// <summary>
/// The last number issued for a practitioner and a year. Incremented by an atomic <c>UPDATE … RETURNING</c> in the
/// transaction that inserts the invoice: the row lock (PostgreSQL) or the write lock (SQLite) serializes issuers, and a
/// rollback gives the number back, so numbers have no gap and no duplicate.
/// </summary>
public sealed class InvoiceCounter
{
    /// <summary>The practitioner.</summary>
    public Guid PractitionerId { get; set; }

    /// <summary>The year.</summary>
    public int Year { get; set; }

    /// <summary>Last sequence issued.</summary>
    public long Last { get; set; }
}
