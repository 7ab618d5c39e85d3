using Cotakine.Quoting;

namespace Cotakine.Web;

/// <summary>
/// How the app prices a session: by default <c>new QuoteEngine(catalog).Quote</c>. A delegate so that the one place that
/// turns a session into a quote is swappable in tests without touching the endpoints.
/// </summary>
public delegate Quote SessionQuoter(QuoteRequest request);
