using System.Globalization;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Patients;
using Cotakine.Web.Features.Journee;
using Cotakine.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Invoices;

/// <summary>
/// Filters of the invoice list as typed (query string). <see cref="PatientIds"/>, when given, keeps the documents of
/// those patients (a name typed in the patient filter that matches several of them); otherwise <see cref="PatientId"/>.
/// </summary>
internal sealed record InvoiceFilter(string? Status, string? PatientId, string? From, string? To, IReadOnlyList<Guid>? PatientIds = null);

/// <summary>One line of the invoice list: the document, its patient and its state.</summary>
internal sealed record InvoiceListRow(InvoiceResponse Invoice, string Patient, string? CreditedBy, string? Credits)
{
    public bool IsCreditNote => Invoice.Kind == InvoiceKind.CreditNote;

    public bool Cancelled => CreditedBy is not null;

    public bool Unpaid => !IsCreditNote && !Cancelled && !Invoice.Paid;

    /// <summary>« Payée », « Reste dû : AMO …», « Annulée par l'avoir … », « Avoir de la facture … ».</summary>
    public string StatusText => IsCreditNote ? $"Avoir de la facture {Credits}"
        : Cancelled ? $"Annulée par l'avoir {CreditedBy}"
        : Invoice.Paid ? "Payée"
        : $"Reste dû : {DayViewService.DueText(Invoice.Due)}";
}

/// <summary>
/// « Factures »: issued invoices and credit notes of the practice with their state (paid, due per payer — AMO, AMC,
/// patient —, cancelled by a credit note) and filters, read in the database (payments go through <see cref="RecordPayment"/>).
/// </summary>
internal sealed class InvoiceListService(CotakineDbContext db, PracticeCalendar clock)
{
    /// <summary>How many documents one page of the list shows (« Afficher les suivantes » for the rest).</summary>
    internal const int PageSize = 100;

    /// <summary>
    /// One page of the filtered list, newest first (the number as tie-break). Everything runs in the database on indexes:
    /// the date range as a range of instants (<see cref="InvoiceQueries.IssuedBetween"/>), the state from the stored
    /// balances, the count, the order and the page; then the page's documents, payments and patients are read.
    /// </summary>
    public async Task<(List<InvoiceListRow> Rows, int Total, Dictionary<string, string> FilterErrors)> ListAsync(InvoiceFilter filter, int page = 1)
    {
        var errors = new Dictionary<string, string>();
        var from = ParseDate(filter.From, "du", "Du", errors);
        var to = ParseDate(filter.To, "au", "Au", errors);
        var query = db.Invoices.AsNoTracking().IssuedBetween(from, to, clock);
        if (filter.PatientIds is { } named)
        {
            // One array parameter whatever the number of patients (a short name can match thousands in a centre).
            var list = named.ToList();
            query = query.Where(i => EF.Parameter(list).Contains(i.PatientId));
        }
        else if (Guid.TryParse(filter.PatientId, out var patientId))
        {
            query = query.Where(i => i.PatientId == patientId);
        }

        query = filter.Status switch
        {
            "impayees" => query.Unpaid(db),
            "payees" => query.Paid(db),
            "avoirs" => query.CreditedOrCredits(db),
            _ => query,
        };
        // Without a patient or a date the count is the balances' own (every document has one, in the same practice).
        var total = from is null && to is null && filter.PatientIds is null && !Guid.TryParse(filter.PatientId, out _)
            ? await InvoiceQueries.CountInStateAsync(db, filter.Status ?? "")
            : await query.CountAsync();
        var ids = await query.OrderByDescending(i => i.IssuedAtUnixMicroseconds).ThenByDescending(i => i.Number)
            .Skip(Math.Max(0, (page - 1) * PageSize)).Take(PageSize).Select(i => i.Id).ToListAsync();
        var invoices = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id);
        var payments = await InvoiceQueries.PaymentsOfAsync(db, ids);
        var patientIds = invoices.Values.Select(i => i.PatientId).Distinct().ToList();
        var patients = await db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        // The credit notes cancelling invoices of the page: the balances tell which invoices are cancelled (by key), then
        // the credit notes of those few are read through the index on the credited invoice. Without the practice filter
        // in SQL, which leads SQLite to walk the practice's whole invoice index instead; the practice is checked here.
        var cancelled = await db.InvoiceBalances.AsNoTracking().Where(b => ids.Contains(b.InvoiceId) && b.State == InvoiceSettlement.Cancelled)
            .Select(b => b.InvoiceId).ToListAsync();
        var creditOf = cancelled.Count == 0 ? []
            : (await db.Invoices.IgnoreQueryFilters().AsNoTracking().Where(c => c.CreditedInvoiceId != null && cancelled.Contains(c.CreditedInvoiceId.Value))
                    .Select(c => new { Credited = c.CreditedInvoiceId!.Value, c.Number, c.PracticeId }).ToListAsync())
                .Where(c => c.PracticeId == db.CurrentPracticeId)
                // Never one credit note per invoice assumed (a database upgraded with duplicates): the first issued is shown.
                .GroupBy(c => c.Credited).ToDictionary(g => g.Key, g => g.Min(c => c.Number)!);
        var creditedIds = invoices.Values.Where(i => i.CreditedInvoiceId is not null).Select(i => i.CreditedInvoiceId!.Value).Distinct().ToList();
        var numbers = await db.Invoices.AsNoTracking().Where(i => creditedIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number);
        var rows = ids.Select(id => invoices[id])
            .Select(i => new InvoiceListRow(
                InvoiceView.Describe(i, payments[i.Id], creditOf.ContainsKey(i.Id)),
                patients.TryGetValue(i.PatientId, out var p) ? PatientSearch.Label(p) : "—",
                creditOf.GetValueOrDefault(i.Id),
                i.CreditedInvoiceId is { } c ? numbers.GetValueOrDefault(c) : null))
            .ToList();
        return (rows, total, errors);
    }

    private static DateOnly? ParseDate(string? text, string field, string label, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        errors[field] = $"{label} : « {text} » n'est pas une date (JJ/MM/AAAA).";
        return null;
    }
}
