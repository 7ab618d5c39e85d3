using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Persistence.Entities;
using Cotakine.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.HorsNomenclature;

/// <summary>Creates a devis (<c>?type=devis</c>) or a note d'honoraires (<c>?type=note</c>); errors keep what was typed.</summary>
public sealed class NouveauModel(CotakineDbContext db, NgapCatalog catalog, PracticeClock clock) : PageModel
{
    private HnDocumentsService Hn => new(db, catalog);

    /// <summary><c>devis</c> or <c>note</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    /// <summary>Whether the form creates a devis.</summary>
    public bool IsQuote => Type != "note";

    internal HnForm Form { get; private set; } = new(null, null, null, null, null);

    internal Dictionary<string, string> Errors { get; private set; } = [];

    internal List<PatientRow> Patients { get; private set; } = [];

    internal List<HnQuoteRow> Quotes { get; private set; } = [];

    /// <summary>The devis threshold (70 €).</summary>
    public decimal Threshold => Hn.Threshold;

    /// <summary>An empty form dated today (patient and devis pre-selected with <c>?patient=</c> and <c>?devis=</c>).</summary>
    public async Task OnGetAsync(string? patient, string? devis)
    {
        Form = new HnForm(patient, Ui.Fr.Iso(clock.Today), null, null, devis);
        await LoadAsync();
        if (Quotes.FirstOrDefault(q => q.Id.ToString() == devis) is { } quote)
        {
            // The note follows its devis: same care and amount, to be corrected if the care differed.
            Form = Form with { Label = quote.Label, Amount = (quote.AmountCents / 100m).ToString("0.00", Ui.Fr.Culture) };
        }
    }

    /// <summary>Creates the document and shows it, or shows the form again with the errors.</summary>
    public async Task<IActionResult> OnPostAsync(string? patient, string? date, string? libelle, string? montant, string? devis)
    {
        Form = new HnForm(patient, date, libelle, montant, devis);
        var (id, errors) = await Hn.CreateAsync(IsQuote, Form);
        if (id is { } created)
        {
            return Redirect($"/hors-nomenclature/{(IsQuote ? "devis" : "notes")}/{created}?cree=1");
        }

        Errors = errors;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Patients = await Hn.PatientsAsync();
        Quotes = IsQuote ? [] : await Hn.QuotesAsync();
    }
}
