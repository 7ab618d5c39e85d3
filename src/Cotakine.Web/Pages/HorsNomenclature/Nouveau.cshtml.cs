using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.HorsNomenclature;
using Cotakine.Web.Features.HorsNomenclature;
using Cotakine.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Pages.HorsNomenclature;

/// <summary>
/// Creates a devis (<c>?type=devis</c>) or a note d'honoraires (<c>?type=note</c>) with the API's use cases
/// (<see cref="CreateHnQuote"/>, <see cref="CreateFeeNote"/>); errors keep what was typed.
/// </summary>
internal sealed class NouveauModel(CotakineDbContext db, NgapCatalog catalog, PracticeCalendar clock, CreateHnQuote createQuote, CreateFeeNote createNote)
    : PageModel
{
    /// <summary>The domain's fields (the API's JSON names) beside the form's fields, with their French labels.</summary>
    private static readonly Dictionary<string, (string, string)> Fields = new()
    {
        ["patientId"] = ("patient", "Patient"),
        ["date"] = ("date", "Date"),
        ["label"] = ("libelle", "Libellé"),
        ["amount"] = ("montant", "Montant"),
        ["hnQuoteId"] = ("devis", "Devis"),
    };

    private HnDocumentQueries Hn => new(db, catalog);

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
        var errors = new FormErrors();
        if (choice.Id is null && choice.Text.Length > 0)
        {
            errors.Add("patient", choice.Matches == 0
                ? $"Patient : aucun patient du cabinet ne correspond à « {choice.Text} »."
                : $"Patient : {choice.Matches} patients correspondent à « {choice.Text} » ; choisissez le bon dans la liste proposée ou précisez le prénom.");
        }

        var day = FormValues.Date(date, "date", "Date", errors, required: true);
        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(montant))
        {
            if (FormValues.TryEuros(montant, out var euros))
            {
                amount = euros;
            }
            else
            {
                errors.Add("montant", $"Montant : « {montant} » n'est pas un montant positif en euros (ex. 45,00).");
            }
        }

        // An unreadable devis id is an unknown devis: the use case says so.
        Guid? quoteId = IsQuote || string.IsNullOrWhiteSpace(devis) ? null : Guid.TryParse(devis, out var q) ? q : Guid.Empty;
        var request = new HnRequest(choice.Id, day, libelle, amount, quoteId);
        Guid? created;
        Problems problems;
        if (IsQuote)
        {
            var outcome = await createQuote.ExecuteAsync(request);
            (created, problems) = (outcome.Quote?.Id, outcome.Problems);
        }
        else
        {
            var outcome = await createNote.ExecuteAsync(request);
            (created, problems) = (outcome.Note?.Id, outcome.Problems);
        }

        if (created is { } id)
        {
            return Redirect($"/hors-nomenclature/{(IsQuote ? "devis" : "notes")}/{id}?cree=1");
        }

        // What the form could not read is already said on its field; the use case only adds what remains.
        var said = errors.ToDictionary().Keys.ToHashSet();
        errors.AddFrom(problems.Where(p => !said.Contains(Fields.TryGetValue(p.Field, out var f) ? f.Item1 : p.Field)), Fields);
        Errors = errors.ToDictionary();
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
