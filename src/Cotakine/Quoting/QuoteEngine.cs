using Cotakine.Catalog;

namespace Cotakine.Quoting;

/// <summary>
/// Turns a validated session request into a quote, applying the NGAP billing rules of <c>Quoting/Rules</c> to the catalog.
/// Pure: no clock, no I/O; the same request and catalog always give the same quote.
/// </summary>
public sealed class QuoteEngine(NgapCatalog catalog)
{
    /// <summary>The catalog the engine prices with.</summary>
    public NgapCatalog Catalog { get; } = catalog;

    /// <summary>Quotes one session.</summary>
    public Quote Quote(QuoteRequest request) => throw new NotImplementedException("Le moteur de cotation est en cours d'écriture.");
}
