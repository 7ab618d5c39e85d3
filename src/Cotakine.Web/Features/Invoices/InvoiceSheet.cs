using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Sessions;
using Cotakine.Quoting;
using Cotakine.Quoting.Rules;
using Microsoft.EntityFrameworkCore;
using Patient = Cotakine.Practice.Patients.Patient;

namespace Cotakine.Web.Features.Invoices;

/// <summary>
/// Everything an invoice or credit note prints (the mandatory mentions): practice and practitioner (RPPS, n° AM), patient,
/// the billed sessions with their kept quote lines (date of care, codes, amounts), the shares and the number. Read once
/// for the printable page and the PDF, so both show the same.
/// </summary>
internal sealed record InvoiceSheet(
    Invoice Invoice, PracticeProfile Practice, Practitioner Practitioner, Patient Patient, IReadOnlyList<Session> Sessions,
    Invoice? Credited, Invoice? CreditedBy)
{
    public static async Task<InvoiceSheet?> LoadAsync(CotakineDbContext db, Guid id)
    {
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == id);
        if (invoice is null)
        {
            return null;
        }

        var ids = invoice.SessionIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
        var sessions = await db.Sessions.Include(s => s.Lines).Where(s => ids.Contains(s.Id)).ToListAsync();
        return new InvoiceSheet(
            invoice,
            await db.Practices.SingleAsync(p => p.Id == invoice.PracticeId),
            await db.Practitioners.SingleAsync(p => p.Id == invoice.PractitionerId),
            await db.Patients.SingleAsync(p => p.Id == invoice.PatientId),
            sessions.OrderBy(s => s.Date).ThenBy(s => s.Number).ToList(),
            invoice.CreditedInvoiceId is { } c ? await db.Invoices.SingleOrDefaultAsync(i => i.Id == c) : null,
            // The first credit note issued: a database upgraded with two for one invoice still shows the page and its PDF.
            await db.Invoices.Where(i => i.CreditedInvoiceId == invoice.Id).OrderBy(i => i.IssuedAtUnixMicroseconds).ThenBy(i => i.Number).FirstOrDefaultAsync());
    }

    public bool IsCreditNote => Invoice.Kind == InvoiceKind.CreditNote;

    public string Title => IsCreditNote ? $"Avoir n° {Invoice.Number}" : $"Facture n° {Invoice.Number}";

    /// <summary>
    /// What the assurance maladie will withhold from the patient's reimbursement as franchise médicale for the billed
    /// sessions (1 € per act and bilan, at most the daily cap per session; 0 for an exempt coverage): printed apart, never
    /// deducted from the invoice. From each session's kept lines, by the same rule as the quote
    /// (<see cref="FranchiseMedicale"/>); null for a credit note or when no rate is in force.
    /// </summary>
    public InvoiceFranchise? Franchise(NgapCatalog catalog)
    {
        if (IsCreditNote)
        {
            return null;
        }

        var estimates = Sessions
            .Select(s => FranchiseMedicale.Estimate(catalog, s.Date, Patient.Coverage, s.Lines.Count(l => l.Kind is LineKind.Act or LineKind.Bilan), Cents.ToEuros(s.AmoCents)))
            .OfType<FranchiseEstimate>()
            .ToList();
        if (estimates.Count == 0)
        {
            return null;
        }

        var amount = estimates.Sum(e => e.Amount);
        return new InvoiceFranchise(amount, estimates.TrueForAll(e => e.Exempt),
            estimates.Count == 1 ? estimates[0].Note
                : $"Franchise médicale : {Fr.Euros(amount)} au plus pour ces {estimates.Count} séances, retenus par l'assurance maladie sur le remboursement du patient, non déduits de cette facture. {estimates[0].Note}");
    }

    /// <summary>Line amounts carry the document's sign (a credit note shows them negative).</summary>
    public decimal Signed(long cents) => (IsCreditNote ? -cents : cents) / 100m;
}
