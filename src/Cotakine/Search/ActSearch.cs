using Cotakine.Catalog;

namespace Cotakine.Search;

/// <summary>Finds acts from the few words a kiné types (« ptg », « lca opéré », « epaule non operee »).</summary>
public sealed class ActSearch(NgapCatalog catalog)
{
    /// <summary>The catalog searched.</summary>
    public NgapCatalog Catalog { get; } = catalog;

    /// <summary>Acts in force on <paramref name="date"/> matching <paramref name="query"/>, best first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<ActSearchResult> Search(string query, DateOnly date, int limit = 10) => throw new NotImplementedException();
}
