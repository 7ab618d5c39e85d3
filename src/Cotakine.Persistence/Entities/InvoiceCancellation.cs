namespace Cotakine.Persistence.Entities;

/// <summary>
/// The credit note that cancels an invoice: primary key the invoice, so the database itself holds « at most one credit
/// note per invoice ». Written by <see cref="InvoiceLedger.CreditAsync"/> in the credit note's transaction. A link table
/// rather than a unique index on <c>Invoices.CreditedInvoiceId</c>, so that a database which already holds two credit
/// notes for one invoice (issued before this table existed) upgrades without rewriting either legal document: the
/// migration links the first one issued and leaves the later one as it is (its own <c>CreditedInvoiceId</c> still says
/// what it credits; the read side never assumes one credit note per invoice).
/// </summary>
public sealed class InvoiceCancellation
{
    /// <summary>The cancelled invoice (primary key).</summary>
    public Guid InvoiceId { get; set; }

    /// <summary>The credit note that cancels it (unique).</summary>
    public Guid CreditNoteId { get; set; }
}
