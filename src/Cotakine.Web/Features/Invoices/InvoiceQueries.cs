using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Invoices;

/// <summary>
/// Invoice states as database queries, so that the pages of a large centre (hundreds of thousands of invoices) ask the
/// database for the few rows they show instead of loading every invoice and payment. The state is the stored
/// <see cref="InvoiceBalance.State"/>, kept by the context with every payment and credit note: paid means the
/// payments reach the sum of the shares (a payer is never paid beyond its share, so that is every payer's share covered,
/// the same state as <see cref="InvoiceView.Describe"/>), cancelled means a credit note points at the invoice.
/// </summary>
internal static class InvoiceQueries
{
    /// <summary>
    /// What <paramref name="payer"/> still owes on <paramref name="invoice"/>, in cents: its share less the payments already
    /// recorded. The pages and the API check a payment against it before saving; the save checks it again atomically
    /// (<see cref="PaymentBeyondShareException"/>).
    /// </summary>
    public static async Task<long> DueCentsAsync(CotakineDbContext db, Invoice invoice, Payer payer)
    {
        var paid = await db.Payments.Where(p => p.InvoiceId == invoice.Id && p.Payer == payer).SumAsync(p => p.AmountCents);
        return new Shares(invoice.TotalCents, invoice.AmoCents, invoice.AmcCents, invoice.PatientCents).Of(payer) - paid;
    }

    /// <summary>
    /// Documents whose state is between <paramref name="first"/> and <paramref name="last"/>, for the rare states (unpaid,
    /// cancelled, credit notes): « id among the balances in that state », so the database walks the (practice, state)
    /// index of the balances and fetches those few invoices by key — a few hundred rows in a centre — instead of testing
    /// every invoice.
    /// </summary>
    private static IQueryable<Invoice> AmongFew(this IQueryable<Invoice> invoices, CotakineDbContext db, InvoiceSettlement first, InvoiceSettlement last)
    {
        var ids = db.InvoiceBalances.Where(b => b.State >= first && b.State <= last).Select(b => b.InvoiceId);
        return invoices.Where(i => ids.Contains(i.Id));
    }

    /// <summary>
    /// Documents in <paramref name="state"/> when it is the common one (paid, nearly every invoice of a practice that has
    /// run for a while): each invoice's balance is checked by key, so a page in date order stops after its hundred rows
    /// instead of first gathering the whole practice's ids.
    /// </summary>
    private static IQueryable<Invoice> InCommonState(this IQueryable<Invoice> invoices, CotakineDbContext db, InvoiceSettlement state) =>
        invoices.Where(i => db.InvoiceBalances.Any(b => b.InvoiceId == i.Id && b.State == state));

    /// <summary>Live invoices (not credit notes, not cancelled by one) on which some payer still owes something.</summary>
    public static IQueryable<Invoice> Unpaid(this IQueryable<Invoice> invoices, CotakineDbContext db) =>
        invoices.AmongFew(db, InvoiceSettlement.Unpaid, InvoiceSettlement.Unpaid);

    /// <summary>Live invoices fully paid by every payer (see <see cref="Unpaid"/>).</summary>
    public static IQueryable<Invoice> Paid(this IQueryable<Invoice> invoices, CotakineDbContext db) =>
        invoices.InCommonState(db, InvoiceSettlement.Paid);

    /// <summary>Credit notes and the invoices they cancel.</summary>
    public static IQueryable<Invoice> CreditedOrCredits(this IQueryable<Invoice> invoices, CotakineDbContext db) =>
        invoices.AmongFew(db, InvoiceSettlement.Cancelled, InvoiceSettlement.CreditNote);

    /// <summary>The number of documents in the states of a list filter (<c>impayees</c>, <c>payees</c>, <c>avoirs</c>), on the balances' index alone.</summary>
    public static Task<int> CountInStateAsync(CotakineDbContext db, string status) => status switch
    {
        "impayees" => db.InvoiceBalances.CountAsync(b => b.State == InvoiceSettlement.Unpaid),
        "payees" => db.InvoiceBalances.CountAsync(b => b.State == InvoiceSettlement.Paid),
        "avoirs" => db.InvoiceBalances.CountAsync(b => b.State >= InvoiceSettlement.Cancelled),
        _ => db.Invoices.CountAsync(),
    };

    /// <summary>
    /// Documents issued on the practice's days <paramref name="from"/> to <paramref name="to"/> (inclusive), as
    /// <see cref="PracticeCalendar.DayOf"/> tells them: the days become the instants where they begin in the practice's
    /// zone (<see cref="PracticeCalendar.StartOfDay"/>), and the database compares them with the indexed
    /// <see cref="Invoice.IssuedAtUnixMicroseconds"/>. (The stored microseconds are the instant truncated, and the
    /// bounds are whole minutes, so « after the bound » is the same for both.)
    /// </summary>
    public static IQueryable<Invoice> IssuedBetween(this IQueryable<Invoice> invoices, DateOnly? from, DateOnly? to, PracticeCalendar calendar)
    {
        if (from is { } f && f.Year > 1) // no bound before year 2: DateTimeOffset starts at year 1
        {
            var start = Invoice.UnixMicroseconds(calendar.StartOfDay(f));
            invoices = invoices.Where(i => i.IssuedAtUnixMicroseconds >= start);
        }

        if (to is { } t && t.Year < 9999) // nor after 9998: it ends with year 9999
        {
            var end = Invoice.UnixMicroseconds(calendar.StartOfDay(t.AddDays(1)));
            invoices = invoices.Where(i => i.IssuedAtUnixMicroseconds < end);
        }

        return invoices;
    }

    /// <summary>Payments of the given invoices, by invoice.</summary>
    public static async Task<ILookup<Guid, Payment>> PaymentsOfAsync(CotakineDbContext db, IReadOnlyCollection<Guid> invoiceIds, CancellationToken cancellationToken = default) =>
        (await db.Payments.AsNoTracking().Where(p => invoiceIds.Contains(p.InvoiceId)).ToListAsync(cancellationToken)).ToLookup(p => p.InvoiceId);
}
