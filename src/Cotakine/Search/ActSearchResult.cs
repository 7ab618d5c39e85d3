using Cotakine.Catalog;

namespace Cotakine.Search;

/// <summary>One act found by a search, as in force on the searched date, with its relevance score (higher is better).</summary>
public sealed record ActSearchResult(ActVersion Version, double Score);
