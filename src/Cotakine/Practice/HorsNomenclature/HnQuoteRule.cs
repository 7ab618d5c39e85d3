using Cotakine.Catalog;

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
}
