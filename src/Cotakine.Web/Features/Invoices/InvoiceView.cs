using Cotakine.Persistence;
using Cotakine.Practice.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Invoices;

internal sealed record PaymentResponse(Guid Id, Payer Payer, decimal Amount, DateOnly Date);

internal sealed record Balance(decimal Amo, decimal Amc, decimal Patient);

internal sealed record InvoiceResponse(
    Guid Id, string Number, InvoiceKind Kind, Guid PractitionerId, Guid PatientId, DateTimeOffset IssuedAt, DateOnly IssuedOn, Guid? CreditedInvoiceId,
    bool TiersPayant, decimal Total, decimal Amo, decimal Amc, decimal Patient, IReadOnlyList<Guid> SessionIds,
    IReadOnlyList<PaymentResponse> Payments, Balance Due, bool Paid);

/// <summary>
/// An issued document as the API and the « Factures » list show it: amounts in euros, payments, what each payer still
/// owes, and whether it is paid. One mapping for the endpoints and the pages, kept apart from both.
/// </summary>
internal static class InvoiceView
{
    /// <summary>One document as the API gives it, with its payments and whether a credit note cancels it (read from its balance).</summary>
    internal static async Task<InvoiceResponse> DescribeAsync(CotakineDbContext db, Invoice invoice)
    {
        var payments = await db.Payments.AsNoTracking().Where(p => p.InvoiceId == invoice.Id).ToListAsync();
        var cancelled = await db.InvoiceBalances.AsNoTracking().AnyAsync(b => b.InvoiceId == invoice.Id && b.State == InvoiceSettlement.Cancelled);
        return Describe(invoice, payments, cancelled);
    }

    /// <summary>
    /// One document as the API gives it. <c>paid</c> is the live invoice's state: every payer's share covered and no credit
    /// note cancelling it (a cancelled invoice is owed by no one, whatever it received: it is not « paid »).
    /// </summary>
    internal static InvoiceResponse Describe(Invoice i, IEnumerable<Payment> payments, bool cancelled)
    {
        var list = payments.OrderBy(p => p.Date).ToList();
        long Paid(Payer payer) => list.Where(p => p.Payer == payer).Sum(p => p.AmountCents);
        var due = new Balance(Cents.ToEuros(i.AmoCents - Paid(Payer.Amo)), Cents.ToEuros(i.AmcCents - Paid(Payer.Amc)), Cents.ToEuros(i.PatientCents - Paid(Payer.Patient)));
        return new InvoiceResponse(
            i.Id, i.Number, i.Kind, i.PractitionerId, i.PatientId, i.IssuedAt, i.IssuedOn, i.CreditedInvoiceId, i.TiersPayant,
            Cents.ToEuros(i.TotalCents), Cents.ToEuros(i.AmoCents), Cents.ToEuros(i.AmcCents), Cents.ToEuros(i.PatientCents),
            i.SessionIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList(),
            list.Select(p => new PaymentResponse(p.Id, p.Payer, Cents.ToEuros(p.AmountCents), p.Date)).ToList(),
            due, i.Kind == InvoiceKind.Invoice && !cancelled && due is { Amo: 0, Amc: 0, Patient: 0 });
    }

}
