using Cotakine.Practice.Invoicing;

namespace Cotakine.Practice.Invoicing;

/// <summary>A payment received for an invoice from one payer.</summary>
public sealed class Payment : IPracticeOwned, IBillingData
{
    /// <inheritdoc />
    public Guid Id { get; set; }

    /// <inheritdoc />
    public Guid PracticeId { get; set; }

    /// <summary>The invoice paid.</summary>
    public Guid InvoiceId { get; set; }

    /// <summary>Who paid.</summary>
    public Payer Payer { get; set; }

    /// <summary>Amount in cents.</summary>
    public long AmountCents { get; set; }

    /// <summary>Date received.</summary>
    public DateOnly Date { get; set; }
}
