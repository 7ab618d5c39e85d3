namespace Cotakine.Practice.Invoicing;

/// <summary>
/// Where an issued document stands, as stored in <see cref="InvoiceBalance.State"/>. The two first values are the
/// states of a live invoice (not cancelled): still owed by some payer, or fully paid. The list and the day view filter on
/// it instead of summing every invoice's payments.
/// </summary>
public enum InvoiceSettlement
{
    /// <summary>A live invoice on which some payer still owes something (« impayée »).</summary>
    Unpaid = 0,

    /// <summary>A live invoice whose payments reach the sum of its shares (« payée »).</summary>
    Paid = 1,

    /// <summary>An invoice cancelled by a credit note: owed by no one, whatever it received before.</summary>
    Cancelled = 2,

    /// <summary>A credit note: it is neither owed nor paid.</summary>
    CreditNote = 3,
}
