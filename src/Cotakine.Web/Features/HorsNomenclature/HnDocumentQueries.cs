using System.Security.Claims;
using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.HorsNomenclature;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Patients;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.HorsNomenclature;

/// <summary>
/// What the « Hors nomenclature » pages read: the practice's devis and notes d'honoraires, the patients they name, one
/// document with what is printed on it, and the devis threshold (70 €, <c>coverage.json</c> <c>quoteThreshold</c>).
/// Writing goes through <see cref="CreateHnQuote"/> and <see cref="CreateFeeNote"/>, as for the API.
/// </summary>
internal sealed class HnDocumentQueries(CotakineDbContext db, NgapCatalog catalog)
{
    /// <summary>The devis threshold of the catalog (70 €).</summary>
    public decimal Threshold => catalog.QuoteThreshold.Value;

    /// <summary>The patients of the listed documents only (a centre has thousands of patients, few of them with HN care).</summary>
    public async Task<List<Patient>> PatientsAsync(IEnumerable<Guid> ids)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Patients.AsNoTracking().Where(p => wanted.Contains(p.Id)).ToListAsync();
    }

    /// <summary>The practice's devis, the latest first; only <paramref name="patientId"/>'s when given.</summary>
    public async Task<List<HnQuote>> QuotesAsync(Guid? patientId = null) =>
        await db.HnQuotes.Where(q => patientId == null || q.PatientId == patientId).OrderByDescending(q => q.Date).ToListAsync();

    /// <summary>The practice's notes d'honoraires, the latest first.</summary>
    public async Task<List<FeeNote>> NotesAsync() => await db.FeeNotes.OrderByDescending(q => q.Date).ToListAsync();

    /// <summary>A devis or a note of the practice, with what is printed on it; null when unknown.</summary>
    public async Task<HnDocument?> FindAsync(bool isQuote, Guid id, ClaimsPrincipal user)
    {
        Guid patientId;
        DateOnly date;
        string label;
        long cents;
        HnQuote? quote = null;
        if (isQuote)
        {
            if (await db.HnQuotes.SingleOrDefaultAsync(q => q.Id == id) is not { } q)
            {
                return null;
            }

            (patientId, date, label, cents) = (q.PatientId, q.Date, q.Label, q.AmountCents);
        }
        else
        {
            if (await db.FeeNotes.SingleOrDefaultAsync(n => n.Id == id) is not { } n)
            {
                return null;
            }

            (patientId, date, label, cents) = (n.PatientId, n.Date, n.Label, n.AmountCents);
            quote = n.HnQuoteId is { } qid ? await db.HnQuotes.SingleOrDefaultAsync(x => x.Id == qid) : null;
        }

        var patient = await db.Patients.SingleAsync(p => p.Id == patientId);
        var practice = await db.Practices.SingleAsync(p => p.Id == db.CurrentPracticeId);
        var amount = Cents.ToEuros(cents);
        return new HnDocument(id, isQuote, date, label, amount, patient, practice, await PractitionerOfAsync(user), quote,
            HnQuoteRule.DevisRequired(catalog, amount, date), Threshold);
    }

    /// <summary>The signed-in user's practitioner row, else the practice's first (a secretary prints for the practice).</summary>
    private async Task<Practitioner?> PractitionerOfAsync(ClaimsPrincipal user)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var practitionerId = userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.PractitionerId).SingleOrDefaultAsync();
        return await db.Practitioners.SingleOrDefaultAsync(p => p.Id == practitionerId)
            ?? await db.Practitioners.OrderBy(p => p.LastName).FirstOrDefaultAsync();
    }
}
