using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice.HorsNomenclature;
using Cotakine.Practice.Patients;
using Cotakine.Web.Features.HorsNomenclature;
using Cotakine.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.HorsNomenclature;

/// <summary>The list of hors-nomenclature devis and notes d'honoraires of the practice.</summary>
public sealed class IndexModel(CotakineDbContext db, NgapCatalog catalog) : PageModel
{
    internal List<HnQuote> Quotes { get; private set; } = [];

    internal List<FeeNote> Notes { get; private set; } = [];

    internal Dictionary<Guid, Patient> Patients { get; private set; } = [];

    /// <summary>The devis threshold (70 €).</summary>
    public decimal Threshold { get; private set; }

    /// <summary>Loads both lists.</summary>
    public async Task OnGetAsync()
    {
        var hn = new HnDocumentQueries(db, catalog);
        Quotes = await hn.QuotesAsync();
        Notes = await hn.NotesAsync();
        Patients = (await hn.PatientsAsync(Quotes.Select(q => q.PatientId).Concat(Notes.Select(n => n.PatientId)))).ToDictionary(p => p.Id);
        Threshold = hn.Threshold;
    }

    internal string Name(Guid id) => Patients.TryGetValue(id, out var p) ? PatientSearch.Label(p) : "—";
}
