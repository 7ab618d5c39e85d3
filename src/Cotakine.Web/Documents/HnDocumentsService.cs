using System.Globalization;
using System.Security.Claims;
using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.HorsNomenclature;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Patients;
using Cotakine.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Documents;

/// <summary>A hors-nomenclature form as typed (devis or note d'honoraires).</summary>
internal sealed record HnForm(string? PatientId, string? Date, string? Label, string? Amount, string? QuoteId);

/// <summary>One devis or note d'honoraires with what its page and PDF print.</summary>
internal sealed record HnDocument(
    Guid Id, bool IsQuote, DateOnly Date, string Label, decimal Amount, Patient Patient, PracticeProfile Practice, Practitioner? Practitioner,
    HnQuote? Quote, bool DevisRequired, decimal Threshold)
{
    /// <summary>A short reference printed on the document (the id's first 8 characters, upper case).</summary>
    public string Reference => Id.ToString("N")[..8].ToUpperInvariant();

    public string Title => IsQuote ? "Devis — soins hors nomenclature" : "Note d'honoraires — soins hors nomenclature";
}

/// <summary>
/// Hors-nomenclature care (soins hors nomenclature, e.g. massage de confort), kept apart from NGAP invoices: devis, written
/// beforehand and required from the catalog's quote threshold (70 €, <c>coverage.json</c> <c>quoteThreshold</c>,
/// <see cref="HnQuoteRule"/>), and notes d'honoraires. Both say they are not reimbursed by the Assurance maladie. Same checks
/// as <c>/api/hn-quotes</c> and <c>/api/fee-notes</c>; errors keyed by the form's field names, in French.
/// </summary>
internal sealed class HnDocumentsService(CotakineDbContext db, NgapCatalog catalog)
{
    public const string NotReimbursed = "Soins hors nomenclature : non remboursables par l'Assurance maladie.";

    public decimal Threshold => catalog.QuoteThreshold.Value;

    /// <summary>The patients of the listed documents only (a centre has thousands of patients, few of them with HN care).</summary>
    public async Task<List<Patient>> PatientsAsync(IEnumerable<Guid> ids)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Patients.AsNoTracking().Where(p => wanted.Contains(p.Id)).ToListAsync();
    }

    public async Task<List<HnQuote>> QuotesAsync(Guid? patientId = null) =>
        await db.HnQuotes.Where(q => patientId == null || q.PatientId == patientId).OrderByDescending(q => q.Date).ToListAsync();

    public async Task<List<FeeNote>> NotesAsync() => await db.FeeNotes.OrderByDescending(q => q.Date).ToListAsync();

    /// <summary>Creates a devis (<paramref name="isQuote"/>) or a note d'honoraires; returns its id or the errors by field.</summary>
    public async Task<(Guid? Id, Dictionary<string, string> Errors)> CreateAsync(bool isQuote, HnForm form)
    {
        var errors = new Dictionary<string, string>();
        Guid? patientId = Guid.TryParse(form.PatientId, out var pid) && await db.Patients.AnyAsync(p => p.Id == pid) ? pid : null;
        if (patientId is null)
        {
            errors["patient"] = "Patient : choisissez un patient du cabinet.";
        }

        DateOnly? date = null;
        if (string.IsNullOrWhiteSpace(form.Date))
        {
            errors["date"] = "Date : champ obligatoire.";
        }
        else if (DateOnly.TryParseExact(form.Date.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
        }
        else
        {
            errors["date"] = $"Date : « {form.Date} » n'est pas une date (JJ/MM/AAAA).";
        }

        if (string.IsNullOrWhiteSpace(form.Label))
        {
            errors["libelle"] = "Libellé : décrivez les soins (champ obligatoire).";
        }

        decimal? amount = null;
        if (string.IsNullOrWhiteSpace(form.Amount))
        {
            errors["montant"] = "Montant : champ obligatoire.";
        }
        else if (Money.EuroText.TryParseTyped(form.Amount, out var a))
        {
            amount = a;
        }
        else
        {
            errors["montant"] = $"Montant : « {form.Amount} » n'est pas un montant positif en euros (ex. 45,00).";
        }

        Guid? quoteId = null;
        if (!isQuote)
        {
            if (!string.IsNullOrWhiteSpace(form.QuoteId))
            {
                if (Guid.TryParse(form.QuoteId, out var qid) && await db.HnQuotes.AnyAsync(q => q.Id == qid && q.PatientId == patientId))
                {
                    quoteId = qid;
                }
                else
                {
                    errors["devis"] = "Devis : ce devis n'appartient pas à ce patient.";
                }
            }
            else if (amount is { } am && date is { } dt && HnQuoteRule.DevisRequired(catalog, am, dt))
            {
                errors["devis"] = $"Devis : un devis écrit préalable est obligatoire à partir de {Fr.Euros(Threshold)} ; établissez-le d'abord et choisissez-le ici.";
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var id = Guid.NewGuid();
        if (isQuote)
        {
            db.HnQuotes.Add(new HnQuote
            {
                Id = id, PracticeId = db.CurrentPracticeId!.Value, PatientId = patientId!.Value, Date = date!.Value, Label = form.Label!.Trim(), AmountCents = Cents.From(amount!.Value),
            });
        }
        else
        {
            db.FeeNotes.Add(new FeeNote
            {
                Id = id, PracticeId = db.CurrentPracticeId!.Value, PatientId = patientId!.Value, HnQuoteId = quoteId, Date = date!.Value,
                Label = form.Label!.Trim(), AmountCents = Cents.From(amount!.Value),
            });
        }

        await db.SaveChangesAsync();
        return (id, errors);
    }

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
        return new HnDocument(id, isQuote, date, label, amount, patient, practice, await PractitionerOfAsync(db, user), quote,
            HnQuoteRule.DevisRequired(catalog, amount, date), Threshold);
    }

    /// <summary>The signed-in user's practitioner row, else the practice's first (a secretary prints for the practice).</summary>
    internal static async Task<Practitioner?> PractitionerOfAsync(CotakineDbContext db, ClaimsPrincipal user)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var practitionerId = userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.PractitionerId).SingleOrDefaultAsync();
        return await db.Practitioners.SingleOrDefaultAsync(p => p.Id == practitionerId)
            ?? await db.Practitioners.OrderBy(p => p.LastName).FirstOrDefaultAsync();
    }

    /// <summary>The PDF of a devis or a note d'honoraires (same content as the printable page).</summary>
    public static byte[] Pdf(PdfFonts fonts, HnDocument doc)
    {
        var pdf = new PdfLayout(fonts, doc.Title);
        pdf.Title(doc.Title)
            .Paragraph(NotReimbursed, 11, bold: true)
            .Space()
            .Field("Cabinet", doc.Practice.Name)
            .Field("Adresse", doc.Practice.Address);
        if (doc.Practitioner is { } k)
        {
            pdf.Field("Masseur-kinésithérapeute", $"{k.FirstName} {k.LastName} — RPPS {k.Rpps}, n° AM {k.AmNumber}");
        }

        pdf.Space()
            .Field("Patient", $"{doc.Patient.LastName.ToUpperInvariant()} {doc.Patient.FirstName}" + (doc.Patient.BirthDate is { } b ? $", né(e) le {Fr.Date(b)}" : ""))
            .Field(doc.IsQuote ? "Date du devis" : "Date des soins", Fr.Date(doc.Date))
            .Field("Référence", doc.Reference);
        if (doc.Quote is { } q)
        {
            pdf.Field("Devis préalable", $"du {Fr.Date(q.Date)}, référence {q.Id.ToString("N")[..8].ToUpperInvariant()}");
        }

        pdf.Space()
            .Table([new("Soins", 380), new("Montant", 115, true)], [[doc.Label, Fr.Euros(doc.Amount)]])
            .Field("Total", Fr.Euros(doc.Amount), 11)
            .Space()
            .Paragraph(DevisNote(doc), 9)
            .Paragraph(doc.IsQuote
                ? "Devis remis au patient avant les soins. Bon pour accord (date et signature du patient) :"
                : "Acquittée le : ……………… Mode de règlement : ………………", 9);
        return pdf.Build();
    }

    /// <summary>The sentence about the devis threshold printed on both documents.</summary>
    public static string DevisNote(HnDocument doc) =>
        $"Un devis écrit préalable est obligatoire lorsque les honoraires non remboursables atteignent {Fr.Euros(doc.Threshold)}"
        + (doc.IsQuote ? "." : doc.Quote is not null ? " ; cette note fait suite au devis indiqué ci-dessus." : " ; pour ce montant, aucun devis n'était requis.");
}
