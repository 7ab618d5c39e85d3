namespace Cotakine.Persistence;

/// <summary>
/// What an invoice or a credit note asked for already exists, found by the database's own constraint (the keys of
/// <c>BilledSessions</c> and <c>InvoiceCancellations</c>) or by the credit note's lock on the balance: another request
/// got there first. Nothing of the refused document was written (its number was given back with the rollback).
/// </summary>
public sealed class BillingConflictException : Exception
{
    /// <summary>Creates the exception: <paramref name="message"/> in French names what exists.</summary>
    public BillingConflictException(string message, Guid? existingInvoiceId)
        : base(message)
    {
        ExistingInvoiceId = existingInvoiceId;
    }

    /// <summary>The document that already exists (the session's live invoice, the invoice's credit note), when known.</summary>
    public Guid? ExistingInvoiceId { get; }
}
