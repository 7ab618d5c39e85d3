using Cotakine.Practice.Patients;
using Cotakine.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.Patients;

/// <summary>« Patients »: the practice's patients, searched by name (accents and case ignored, see <see cref="PatientSearch"/>).</summary>
internal sealed class IndexModel(PatientSearch search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    /// <summary>At most this many patients are listed; beyond, the page asks for a search term.</summary>
    internal const int MaxShown = 200;

    public IReadOnlyList<Patient> Patients { get; private set; } = [];

    /// <summary>How many patients match (all of them when there is no search term).</summary>
    public int Total { get; private set; }

    public async Task OnGetAsync() => (Patients, Total) = await search.FindAsync(Q, 0, MaxShown);
}
