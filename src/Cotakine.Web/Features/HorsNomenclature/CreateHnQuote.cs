using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.HorsNomenclature;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.HorsNomenclature;

/// <summary>What establishing a devis gave: the devis saved, or the problems (nothing written then).</summary>
internal sealed record HnQuoteOutcome(HnQuote? Quote, Problems Problems);

/// <summary>
/// Establishes a hors-nomenclature devis, for <c>POST /api/hn-quotes</c> and the « Nouveau devis » form: the care checked
/// by <see cref="HnCare"/> (patient of the practice, date, label, amount), then <see cref="HnQuote.Establish"/>.
/// </summary>
internal sealed class CreateHnQuote(CotakineDbContext db)
{
    /// <summary>Establishes the devis <paramref name="request"/> describes (its <c>hnQuoteId</c> is ignored), or says why not.</summary>
    public async Task<HnQuoteOutcome> ExecuteAsync(HnRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var known = request.PatientId is { } patientId && await db.Patients.AnyAsync(p => p.Id == patientId);
        var problems = HnCare.Check(known, request.Date, request.Label, request.Amount);
        if (problems.Any)
        {
            return new HnQuoteOutcome(null, problems);
        }

        var quote = HnQuote.Establish(db.CurrentPracticeId!.Value, request.PatientId!.Value, request.Date!.Value, request.Label!, request.Amount!.Value);
        db.HnQuotes.Add(quote);
        await db.SaveChangesAsync();
        return new HnQuoteOutcome(quote, problems);
    }
}
