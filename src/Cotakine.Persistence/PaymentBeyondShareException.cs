namespace Cotakine.Persistence;

/// <summary>
/// A payment that would take what a payer has paid on an invoice beyond that payer's share. The pages and the API check
/// the share before saving, but two identical payments sent at once (a double click, a retried request) both pass that
/// check; the save itself re-checks it in the same statement that moves the stored balance, so the second one is refused
/// here and nothing of it is written.
/// </summary>
public sealed class PaymentBeyondShareException : Exception
{
    /// <summary>Creates the exception for <paramref name="invoiceId"/>.</summary>
    public PaymentBeyondShareException(Guid invoiceId)
        : base($"Paiement refusé : il dépasserait la part du payeur sur la facture {invoiceId} (un autre paiement vient d'être enregistré).")
    {
        InvoiceId = invoiceId;
    }

    /// <summary>The invoice the payment was for.</summary>
    public Guid InvoiceId { get; }
}
