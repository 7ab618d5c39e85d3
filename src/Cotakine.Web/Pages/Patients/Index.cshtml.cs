using Cotakine.Persistence;
using Cotakine.Persistence.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Pages.Patients;

/// <summary>« Patients »: the practice's patients, searched by name (accents and case ignored).</summary>
internal sealed class IndexModel(CotakineDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    public IReadOnlyList<PatientRow> Patients { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var all = await db.Patients.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ToListAsync();
        var words = Fold(Q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Patients = all.Where(p => words.All(w => Fold(p.LastName + " " + p.FirstName).Contains(w, StringComparison.Ordinal))).ToList();
    }

    private static string Fold(string text) =>
        new string(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray()).ToLowerInvariant();
}
