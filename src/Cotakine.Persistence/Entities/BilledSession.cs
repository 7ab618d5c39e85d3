namespace Cotakine.Persistence.Entities;

/// <summary>
/// The live invoice of a session: one row per billed session, its primary key the session, so the database itself
/// holds « one active invoice per session ». Written by <see cref="InvoiceLedger"/> in the transaction that issues the
/// invoice, deleted in the one that issues its credit note: when two requests invoice the same session at once (a double
/// click on « Émettre la facture », parallel API calls), the second insert breaks the key and that whole transaction
/// (number, invoice, balance) is rolled back. <c>Sessions.InvoiceId</c> stays the session's own view of the same link.
/// </summary>
public sealed class BilledSession
{
    /// <summary>The billed session (primary key).</summary>
    public Guid SessionId { get; set; }

    /// <summary>The live invoice that bills it.</summary>
    public Guid InvoiceId { get; set; }
}
