using Cotakine.Invoicing;
using Cotakine.Persistence;
using Cotakine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Services;

/// <summary>
/// Invoice states as database queries, so that the pages of a large centre (hundreds of thousands of invoices) ask the
/// database for the few rows they show instead of loading every invoice and payment: paid means every payer's share is
/// covered by its payments (the same rule as <see cref="Api.InvoicesApi.Describe"/>), cancelled means a credit note
/// points at the invoice.
/// </summary>
internal static class InvoiceQueries
{
    /// <summary>
    /// Invoices (not credit notes) that no credit note cancels. « Not in the credited ids » rather than « no credit note
    /// points at it »: the database reads the few credit notes once, where a correlated NOT EXISTS could scan every
    /// invoice per invoice when SQLite's statistics show the credited-invoice column as nearly all empty.
    /// </summary>
    public static IQueryable<InvoiceRow> Live(this IQueryable<InvoiceRow> invoices, CotakineDbContext db)
    {
        var credited = Credited(db);
        return invoices.Where(i => i.Kind == InvoiceKind.Invoice && !credited.Contains(i.Id));
    }

    /// <summary>
    /// Live invoices on which some payer still owes something. One sum of all payments per invoice, against the sum of
    /// the shares: a payer is never paid beyond its share (checked by the API and the page before any payment is
    /// saved), so the total is reached only when every payer's share is — the same state as
    /// <see cref="Api.InvoicesApi.Describe"/> for a fraction of the database work of a sum per payer.
    /// </summary>
    public static IQueryable<InvoiceRow> Unpaid(this IQueryable<InvoiceRow> invoices, CotakineDbContext db) =>
        invoices.Live(db).Where(i => db.Payments.Where(p => p.InvoiceId == i.Id).Sum(p => p.AmountCents) != i.AmoCents + i.AmcCents + i.PatientCents);

    /// <summary>Live invoices fully paid by every payer (see <see cref="Unpaid"/>).</summary>
    public static IQueryable<InvoiceRow> Paid(this IQueryable<InvoiceRow> invoices, CotakineDbContext db) =>
        invoices.Live(db).Where(i => db.Payments.Where(p => p.InvoiceId == i.Id).Sum(p => p.AmountCents) == i.AmoCents + i.AmcCents + i.PatientCents);

    /// <summary>Credit notes and the invoices they cancel.</summary>
    public static IQueryable<InvoiceRow> CreditedOrCredits(this IQueryable<InvoiceRow> invoices, CotakineDbContext db)
    {
        var credited = Credited(db);
        return invoices.Where(i => i.Kind == InvoiceKind.CreditNote || credited.Contains(i.Id));
    }

    private static IQueryable<Guid> Credited(CotakineDbContext db) =>
        db.Invoices.Where(c => c.CreditedInvoiceId != null).Select(c => c.CreditedInvoiceId!.Value);

    /// <summary>
    /// Narrows to the years (local to the practice, as numbered) of a range of days: the day of an instant depends on
    /// the practice's time zone and SQLite cannot compare <see cref="DateTimeOffset"/>, so the database filters on the
    /// year and the caller finishes on the day with only the id and the instant of those rows.
    /// </summary>
    public static IQueryable<InvoiceRow> InYears(this IQueryable<InvoiceRow> invoices, DateOnly? from, DateOnly? to)
    {
        if (from is { } f)
        {
            invoices = invoices.Where(i => i.Year >= f.Year);
        }

        if (to is { } t)
        {
            invoices = invoices.Where(i => i.Year <= t.Year);
        }

        return invoices;
    }

    /// <summary>Payments of the given invoices, by invoice.</summary>
    public static async Task<ILookup<Guid, PaymentRow>> PaymentsOfAsync(CotakineDbContext db, IReadOnlyCollection<Guid> invoiceIds, CancellationToken cancellationToken = default) =>
        (await db.Payments.AsNoTracking().Where(p => invoiceIds.Contains(p.InvoiceId)).ToListAsync(cancellationToken)).ToLookup(p => p.InvoiceId);
}
