using Cotakine.Catalog;

namespace Cotakine.Web.Nomenclature;

/// <summary>
/// One act as the browser shows it on a date: its version, metropolitan and DROM prices (null when the catalog has no
/// point value there), the référentiel text and every reason to show « à vérifier ».
/// </summary>
public sealed record ActRow(ActVersion Version, decimal? PriceMetro, decimal? PriceDrom, string Referentiel, IReadOnlyList<string> ToCheck, IReadOnlyList<Announcement> Announcements)
{
    /// <summary>The act.</summary>
    public Act Act => Version.Act;

    /// <summary>Whether anything about the row is unsure, planned or announced.</summary>
    public bool NeedsCheck => ToCheck.Count > 0 || Announcements.Count > 0;
}
