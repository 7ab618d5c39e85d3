using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.HorsNomenclature;
using Cotakine.Practice.Patients;
using Cotakine.Web.Documents;
using Cotakine.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Pages.HorsNomenclature;

/// <summary>Creates a devis (<c>?type=devis</c>) or a note d'honoraires (<c>?type=note</c>); errors keep what was typed.</summary>
public sealed class NouveauModel(CotakineDbContext db, NgapCatalog catalog, PracticeCalendar clock) : PageModel
{
    private HnDocumentsService Hn => new(db, catalog);

    private PatientSearch Search => new(db);

    /// <summary><c>devis</c> or <c>note</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    /// <summary>Whether the form creates a devis.</summary>
    public bool IsQuote => Type != "note";

    internal HnForm Form { get; private set; } = new(null, null, null, null, null);

    internal Dictionary<string, string> Errors { get; private set; } = [];

    /// <summary>
    /// The patient field as shown: the chosen patient's name, or the words typed. A centre has thousands of patients, so
    /// the field suggests names as the kiné types (<c>GET /api/patients?q=</c>) instead of listing them all.
    /// </summary>
    internal string PatientText { get; private set; } = "";

    /// <summary>Whether the practice has any patient (else the page says to create one first).</summary>
    internal bool HasPatients { get; private set; }

    internal List<HnQuote> Quotes { get; private set; } = [];

    /// <summary>The devis threshold (70 €).</summary>
    public decimal Threshold => Hn.Threshold;

    /// <summary>An empty form dated today (patient and devis pre-selected with <c>?patient=</c> and <c>?devis=</c>).</summary>
    public async Task OnGetAsync(string? patient, string? devis)
    {
        var choice = await Search.ChooseAsync(patient, null);
        PatientText = choice.Text;
        Form = new HnForm(choice.Id?.ToString(), Fr.Iso(clock.Today), null, null, devis);
        await LoadAsync();
        if (Quotes.FirstOrDefault(q => q.Id.ToString() == devis) is { } quote)
        {
            // The note follows its devis: same care and amount, to be corrected if the care differed.
            Form = Form with { Label = quote.Label, Amount = (quote.AmountCents / 100m).ToString("0.00", Fr.Culture) };
        }
    }

    /// <summary>
    /// Creates the document and shows it, or shows the form again with the errors. The patient is the one picked from the
    /// suggestions (<c>patient</c>, an id) or the one patient whose name the kiné typed (<c>nom</c>).
    /// </summary>
    public async Task<IActionResult> OnPostAsync(string? patient, string? nom, string? date, string? libelle, string? montant, string? devis)
    {
        var choice = await Search.ChooseAsync(patient, nom);
        PatientText = choice.Text;
        Form = new HnForm(choice.Id?.ToString(), date, libelle, montant, devis);
        var (id, errors) = await Hn.CreateAsync(IsQuote, Form);
        if (id is { } created)
        {
            return Redirect($"/hors-nomenclature/{(IsQuote ? "devis" : "notes")}/{created}?cree=1");
        }

        if (choice.Id is null && choice.Text.Length > 0)
        {
            errors["patient"] = choice.Matches == 0
                ? $"Patient : aucun patient du cabinet ne correspond à « {choice.Text} »."
                : $"Patient : {choice.Matches} patients correspondent à « {choice.Text} » ; choisissez le bon dans la liste proposée ou précisez le prénom.";
        }

        Errors = errors;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        HasPatients = await db.Patients.AnyAsync();
        // Once the patient is known, only their devis can go with the note.
        Quotes = IsQuote ? [] : await Hn.QuotesAsync(Guid.TryParse(Form.PatientId, out var patientId) ? patientId : null);
    }
}
