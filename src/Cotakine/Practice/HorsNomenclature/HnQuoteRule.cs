using Cotakine.Catalog;
using Cotakine.Money;

namespace Cotakine.Practice.HorsNomenclature;

/// <summary>
/// Hors-nomenclature care is billed on a note d'honoraires, never on an NGAP invoice, and needs a written devis given
/// beforehand from the catalog's quote threshold (70 €, <see cref="NgapCatalog.QuoteThreshold"/>).
/// </summary>
public static class HnQuoteRule
{
    /// <summary>Whether a written devis is required for an HN amount on <paramref name="date"/>.</summary>
    public static bool DevisRequired(NgapCatalog catalog, decimal amount, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.QuoteThreshold.Validity.Contains(date) && amount >= catalog.QuoteThreshold.Value;
    }

    /// <summary>
    /// Why a note d'honoraires of <paramref name="amount"/> on <paramref name="date"/> for <paramref name="patientId"/> may
    /// not be written (on <c>hnQuoteId</c>), or null. <paramref name="quoteId"/> is the devis named, <paramref name="quote"/>
    /// the practice's devis of that id (null when unknown): a devis named must be the patient's; none named is refused from
    /// the threshold.
    /// </summary>
    public static Problem? RefuseNote(NgapCatalog catalog, Guid? patientId, DateOnly? date, decimal? amount, Guid? quoteId, HnQuote? quote)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (quoteId is not null)
        {
            return quote is null || quote.Id != quoteId || quote.PatientId != patientId
                ? new Problem("hnQuoteId", "devis inconnu pour ce patient")
                : null;
        }

        return amount is { } a && date is { } d && DevisRequired(catalog, a, d)
            ? new Problem("hnQuoteId", $"un devis écrit préalable est obligatoire à partir de {EuroText.Format(catalog.QuoteThreshold.Value)} ; établissez-le d'abord")
            : null;
    }
}
