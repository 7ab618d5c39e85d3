namespace Cotakine.Practice.Invoicing;

/// <summary>An NGAP invoice or a credit note (avoir) cancelling one.</summary>
public enum InvoiceKind
{
    /// <summary>Facture.</summary>
    Invoice,

    /// <summary>Avoir: cancels the referenced invoice; amounts negative.</summary>
    CreditNote,
}
