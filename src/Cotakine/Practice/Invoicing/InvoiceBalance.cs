using Cotakine.Money;

namespace Cotakine.Practice.Invoicing;

/// <summary>
/// The settlement of one issued document (invoice or credit note), kept beside it because an issued invoice is a legal
/// document that never changes while what was paid on it does. Opened with the document (<see cref="Open"/>) and moved in
/// the same transaction as every payment and credit note: the paid amounts are always the sums of the document's payments
/// per payer. The state machine is here (<see cref="RefusePayment"/>, <see cref="Record"/>, <see cref="Cancel"/>); the
/// database applies the same moves as one atomic statement each, so two payments saved at once cannot both pass. Lets the day view
/// and the invoice list find the unpaid invoices of a large centre through an index instead of summing every payment.
/// Not billing data of its own (no audit entry): the payments it sums are audited.
/// </summary>
public sealed class InvoiceBalance : IPracticeOwned
{
    /// <summary>The invoice or credit note (also the key).</summary>
    public Guid InvoiceId { get; init; }

    /// <inheritdoc />
    public Guid PracticeId { get; init; }

    /// <summary>Sum of the AMO's payments, in cents.</summary>
    public long AmoPaidCents { get; private set; }

    /// <summary>Sum of the AMC's payments, in cents.</summary>
    public long AmcPaidCents { get; private set; }

    /// <summary>Sum of the patient's payments, in cents.</summary>
    public long PatientPaidCents { get; private set; }

    /// <summary>The sum of the shares (AMO + AMC + patient) less every payment, in cents: 0 when paid.</summary>
    public long DueCents { get; private set; }

    /// <summary>Unpaid, paid, cancelled by a credit note, or a credit note.</summary>
    public InvoiceSettlement State { get; private set; }

    /// <summary>
    /// The balance of a document just issued: an invoice is owed the sum of its shares (paid at once when they add up to
    /// nothing); a credit note is neither owed nor paid.
    /// </summary>
    public static InvoiceBalance Open(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var owed = invoice.AmoCents + invoice.AmcCents + invoice.PatientCents;
        return new InvoiceBalance
        {
            InvoiceId = invoice.Id, PracticeId = invoice.PracticeId, DueCents = owed,
            State = invoice.IsCreditNote ? InvoiceSettlement.CreditNote : owed == 0 ? InvoiceSettlement.Paid : InvoiceSettlement.Unpaid,
        };
    }

    /// <summary>What <paramref name="payer"/> has paid so far, in cents.</summary>
    public long PaidBy(Payer payer) => payer switch
    {
        Payer.Amo => AmoPaidCents,
        Payer.Amc => AmcPaidCents,
        _ => PatientPaidCents,
    };

    /// <summary>What <paramref name="payer"/> still owes on <paramref name="invoice"/> (this balance's document), in cents.</summary>
    public long DueBy(Invoice invoice, Payer payer)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return invoice.Shares.Of(payer) - PaidBy(payer);
    }

    /// <summary>
    /// Why <paramref name="invoice"/> cannot receive <paramref name="cents"/> from <paramref name="payer"/>, or null: a credit
    /// note and an invoice cancelled by one take no payment, an amount is positive, and no payer is paid beyond its share.
    /// </summary>
    public Problem? RefusePayment(Invoice invoice, Payer payer, long cents)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        if (State == InvoiceSettlement.CreditNote)
        {
            return new Problem("id", "un avoir ne reçoit pas de paiement");
        }

        if (State == InvoiceSettlement.Cancelled)
        {
            // Not bad input but the invoice's state: a conflict (409), the invoice having been cancelled by its credit note.
            return Problem.Conflict("id", "cette facture est annulée par un avoir, elle ne reçoit plus de paiement", InvoiceId);
        }

        if (cents <= 0)
        {
            return new Problem("amount", "montant positif obligatoire");
        }

        var due = DueBy(invoice, payer);
        return cents > due ? new Problem("amount", $"dépasse ce que doit ce payeur ({EuroText.Format(Cents.ToEuros(due))})") : null;
    }

    /// <summary>Records a payment accepted by <see cref="RefusePayment"/>: paid amounts, what is due and the state move with it.</summary>
    public void Record(Payer payer, long cents)
    {
        switch (payer)
        {
            case Payer.Amo: AmoPaidCents += cents; break;
            case Payer.Amc: AmcPaidCents += cents; break;
            default: PatientPaidCents += cents; break;
        }

        DueCents -= cents;
        if (State is InvoiceSettlement.Unpaid or InvoiceSettlement.Paid)
        {
            State = DueCents == 0 ? InvoiceSettlement.Paid : InvoiceSettlement.Unpaid;
        }
    }

    /// <summary>A credit note cancels the invoice: owed by no one, whatever it received before.</summary>
    public void Cancel()
    {
        if (State != InvoiceSettlement.CreditNote)
        {
            State = InvoiceSettlement.Cancelled;
        }
    }
}
