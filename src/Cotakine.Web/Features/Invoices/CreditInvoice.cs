using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;

namespace Cotakine.Web.Features.Invoices;

/// <summary>
/// Cancels an invoice with a credit note (avoir), for <c>POST /api/invoices/{id}/credit-note</c> and the invoice's page:
/// not a credit note, not already credited (409 naming the credit note that cancels it, also when two requests race: the
/// ledger's lock and the <c>InvoiceCancellations</c> key decide); its sessions become billable again.
/// </summary>
internal sealed class CreditInvoice(InvoiceLedger ledger, PracticeCalendar calendar)
{
    /// <summary>The credit note cancelling <paramref name="invoice"/>, or the problems (nothing written then).</summary>
    public async Task<(Invoice? Credit, Problems Problems)> ExecuteAsync(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var problems = new Problems();
        if (invoice.IsCreditNote)
        {
            problems.Add("id", "un avoir ne s'annule pas par un avoir");
        }
        else if (await ledger.CreditNoteOfAsync(invoice.Id) is { } existing)
        {
            problems.Add(Problem.Conflict("id", $"facture déjà annulée par l'avoir {existing.Number}", existing.Id));
        }

        if (problems.Any)
        {
            return (null, problems);
        }

        try
        {
            return (await ledger.CreditAsync(invoice, calendar), problems);
        }
        catch (BillingConflictException conflict)
        {
            // Another request credited it in the meantime: the balance's lock or the InvoiceCancellations key said so.
            return (null, problems.Add(Problem.Conflict("id", conflict.Message, conflict.ExistingInvoiceId)));
        }
    }
}
