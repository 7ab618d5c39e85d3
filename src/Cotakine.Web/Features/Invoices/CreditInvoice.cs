using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Invoices;

/// <summary>
/// Cancels an invoice with a credit note (avoir), for <c>POST /api/invoices/{id}/credit-note</c> and the invoice's page:
/// not a credit note, not already credited; its sessions become billable again.
/// </summary>
internal sealed class CreditInvoice(CotakineDbContext db, InvoiceLedger ledger, PracticeCalendar calendar)
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
        else if (await db.Invoices.AnyAsync(i => i.CreditedInvoiceId == invoice.Id))
        {
            problems.Add("id", "cette facture est déjà annulée par un avoir");
        }

        return problems.Any ? (null, problems) : (await ledger.CreditAsync(invoice, calendar), problems);
    }
}
