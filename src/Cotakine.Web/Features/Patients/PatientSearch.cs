using Cotakine.Persistence;
using Cotakine.Practice.Patients;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Patients;

/// <summary>
/// Finds the practice's patients by what a kiné types (« elodie », « DURAND mar »): every word must appear in the last
/// name or first name, accents and case ignored. One place for the rule, so the « Patients » page, <c>GET /api/patients</c>
/// and the patient filter of « Factures » find the same people. Accents are folded here because neither SQLite nor
/// PostgreSQL folds them the same way: with a search term only the ids and names are read, then the page's rows.
/// </summary>
internal sealed class PatientSearch(CotakineDbContext db)
{
    /// <summary>One page of the matching patients in alphabetical order (last name, first name), and how many match in all.</summary>
    public async Task<(List<Patient> Page, int Total)> FindAsync(string? text, int skip, int take)
    {
        var words = Words(text);
        var ordered = Ordered();
        if (words.Length == 0)
        {
            // A centre has thousands of patients: without a search term only the asked page is read.
            return (await ordered.Skip(skip).Take(take).ToListAsync(), await db.Patients.CountAsync());
        }

        var matching = await MatchingIdsAsync(words);
        var shown = matching.Skip(skip).Take(take).ToList();
        var rows = await db.Patients.AsNoTracking().Where(p => shown.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        return (shown.Select(id => rows[id]).ToList(), matching.Count);
    }

    /// <summary>The ids of every patient the text matches, alphabetically; all patients when the text has no word.</summary>
    public async Task<List<Guid>> IdsAsync(string? text) => await MatchingIdsAsync(Words(text));

    /// <summary>
    /// The patient a form field names: the <paramref name="id"/> picked from the suggestions while the field still shows
    /// that patient (or when the form sent no text at all), else the one patient the <paramref name="typed"/> words find.
    /// A choice without <see cref="PatientChoice.Id"/> says how many patients the words found (none, or several).
    /// </summary>
    public async Task<PatientChoice> ChooseAsync(string? id, string? typed)
    {
        var chosen = Guid.TryParse(id, out var guid)
            ? await db.Patients.AsNoTracking().Where(p => p.Id == guid).Select(p => new { p.Id, p.LastName, p.FirstName }).SingleOrDefaultAsync()
            : null;
        var chosenLabel = chosen is null ? null : Label(chosen.LastName, chosen.FirstName);
        var text = typed?.Trim();
        if (chosen is not null && (text is null || Fold(text) == Fold(chosenLabel!)))
        {
            return new PatientChoice(chosen.Id, chosenLabel!, 1);
        }

        if (string.IsNullOrEmpty(text))
        {
            return new PatientChoice(null, "", 0);
        }

        var ids = await IdsAsync(text);
        return ids.Count == 1
            ? new PatientChoice(ids[0], Label(await db.Patients.AsNoTracking().SingleAsync(p => p.Id == ids[0])), 1)
            : new PatientChoice(null, text, ids.Count);
    }

    /// <summary>How a patient is shown in lists and suggestions: « DURAND Marie ».</summary>
    public static string Label(Patient patient) => Label(patient.LastName, patient.FirstName);

    /// <inheritdoc cref="Label(Patient)"/>
    public static string Label(string lastName, string firstName) => $"{lastName.ToUpperInvariant()} {firstName}";

    /// <summary>Lower case without accents: « Élodie » → « elodie ».</summary>
    public static string Fold(string text) =>
        new string(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray()).ToLowerInvariant();

    private static string[] Words(string? text) => Fold(text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private IOrderedQueryable<Patient> Ordered() =>
        db.Patients.AsNoTracking().OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id);

    private async Task<List<Guid>> MatchingIdsAsync(string[] words)
    {
        var names = await Ordered().Select(p => new { p.Id, p.LastName, p.FirstName }).ToListAsync();
        return names.Where(p => words.All(w => Fold(p.LastName + " " + p.FirstName).Contains(w, StringComparison.Ordinal))).Select(p => p.Id).ToList();
    }
}
