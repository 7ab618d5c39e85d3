namespace Cotakine.Practice.Invoicing;

/// <summary>
/// The settlement of one issued document (invoice or credit note), kept beside it because an issued invoice is a legal
/// document that never changes while what was paid on it does. Created with the document and updated in the same
/// transaction as every payment and credit note, by the practice database context itself (so no code path can add a
/// payment and forget it): the paid amounts are always the sums of the document's payments per payer. Lets the day view
/// and the invoice list find the unpaid invoices of a large centre through an index instead of summing every payment.
/// Not billing data of its own (no audit entry): the payments it sums are audited.
/// </summary>
public sealed class InvoiceBalance : IPracticeOwned
{
    /// <summary>The invoice or credit note (also the key).</summary>
    public Guid InvoiceId { get; set; }

    /// <inheritdoc />
    public Guid PracticeId { get; set; }

    /// <summary>Sum of the AMO's payments, in cents.</summary>
    public long AmoPaidCents { get; set; }

    /// <summary>Sum of the AMC's payments, in cents.</summary>
    public long AmcPaidCents { get; set; }

    /// <summary>Sum of the patient's payments, in cents.</summary>
    public long PatientPaidCents { get; set; }

    /// <summary>The sum of the shares (AMO + AMC + patient) less every payment, in cents: 0 when paid.</summary>
    public long DueCents { get; set; }

    /// <summary>Unpaid, paid, cancelled by a credit note, or a credit note.</summary>
    public InvoiceSettlement State { get; set; }
}
