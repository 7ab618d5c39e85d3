namespace Cotakine.Practice.Invoicing;

/// <summary>A payment received for an invoice from one payer.</summary>
public sealed class Payment : IPracticeOwned, IBillingData
{
    /// <inheritdoc />
    public Guid Id { get; init; }

    /// <inheritdoc />
    public Guid PracticeId { get; init; }

    /// <summary>The invoice paid.</summary>
    public Guid InvoiceId { get; init; }

    /// <summary>Who paid.</summary>
    public Payer Payer { get; init; }

    /// <summary>Amount in cents.</summary>
    public long AmountCents { get; init; }

    /// <summary>Date received.</summary>
    public DateOnly Date { get; init; }

    /// <summary>A payment of <paramref name="cents"/> from <paramref name="payer"/> on <paramref name="invoice"/>, received on <paramref name="date"/>.</summary>
    public static Payment Receive(Invoice invoice, Payer payer, long cents, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return new Payment { Id = Guid.NewGuid(), PracticeId = invoice.PracticeId, InvoiceId = invoice.Id, Payer = payer, AmountCents = cents, Date = date };
    }
}
