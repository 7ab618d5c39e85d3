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

    /// <summary>At most this many patients are listed; beyond, the page asks for a search term.</summary>
    internal const int MaxShown = 200;

    public IReadOnlyList<PatientRow> Patients { get; private set; } = [];

    /// <summary>How many patients match (all of them when there is no search term).</summary>
    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        var words = Fold(Q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ordered = db.Patients.AsNoTracking().OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id);
        if (words.Length == 0)
        {
            // A centre has thousands of patients: without a search term only the first ones, alphabetically, are read.
            Total = await db.Patients.CountAsync();
            Patients = await ordered.Take(MaxShown).ToListAsync();
            return;
        }

        // Accents and case are folded here (neither SQLite nor PostgreSQL does it the same way): only the names are read.
        var names = await ordered.Select(p => new { p.Id, p.LastName, p.FirstName }).ToListAsync();
        var matching = names.Where(p => words.All(w => Fold(p.LastName + " " + p.FirstName).Contains(w, StringComparison.Ordinal))).Select(p => p.Id).ToList();
        Total = matching.Count;
        var shown = matching.Take(MaxShown).ToList();
        var rows = await db.Patients.AsNoTracking().Where(p => shown.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        Patients = shown.Select(id => rows[id]).ToList();
    }

    private static string Fold(string text) =>
        new string(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray()).ToLowerInvariant();
}
