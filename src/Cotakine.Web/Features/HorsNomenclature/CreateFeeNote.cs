using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.HorsNomenclature;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.HorsNomenclature;

/// <summary>What writing a note d'honoraires gave: the note saved, or the problems (nothing written then).</summary>
internal sealed record FeeNoteOutcome(FeeNote? Note, Problems Problems);

/// <summary>
/// Writes a hors-nomenclature note d'honoraires, for <c>POST /api/fee-notes</c> and the « Nouvelle note d'honoraires »
/// form: the care checked by <see cref="HnCare"/>, the devis by <see cref="HnQuoteRule.RefuseNote"/> (the patient's own,
/// required from the threshold), then <see cref="FeeNote.Write"/>. Before, the API and the form checked each their way.
/// </summary>
internal sealed class CreateFeeNote(CotakineDbContext db, NgapCatalog catalog)
{
    /// <summary>Writes the note <paramref name="request"/> describes, or says why not.</summary>
    public async Task<FeeNoteOutcome> ExecuteAsync(HnRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var known = request.PatientId is { } patientId && await db.Patients.AnyAsync(p => p.Id == patientId);
        var problems = HnCare.Check(known, request.Date, request.Label, request.Amount);
        var quote = request.HnQuoteId is { } quoteId ? await db.HnQuotes.SingleOrDefaultAsync(q => q.Id == quoteId) : null;
        problems.Add(HnQuoteRule.RefuseNote(catalog, request.PatientId, request.Date, request.Amount, request.HnQuoteId, quote));
        if (problems.Any)
        {
            return new FeeNoteOutcome(null, problems);
        }

        var note = FeeNote.Write(db.CurrentPracticeId!.Value, request.PatientId!.Value, request.Date!.Value, request.Label!, request.Amount!.Value, quote);
        db.FeeNotes.Add(note);
        await db.SaveChangesAsync();
        return new FeeNoteOutcome(note, problems);
    }
}
