using System.Runtime.CompilerServices;
using Cotakine.Catalog;

namespace Cotakine.Search;

/// <summary>
/// Finds acts from the few words a kiné types (« ptg », « lca opéré », « epaule non operee », « ric 7.48 »): any word
/// order, with or without accents, abbreviations and synonyms from <see cref="SearchVocabulary"/>, small typos, codes
/// or parts of codes, negations that matter (« non opérée » prefers VSM to VSC). Only acts in force on the date are
/// returned, with the code they carry that day — a former code still finds its act (« RIC 7.48 » → RIC 8.08 in 2026).
/// </summary>
/// <remarks>
/// The index is built once per catalog (the catalog is immutable) and shared by every <see cref="ActSearch"/> on it;
/// a search only reads it, so instances are thread-safe.
/// </remarks>
public sealed class ActSearch
{
    private static readonly ConditionalWeakTable<NgapCatalog, SearchIndex> EmbeddedVocabularyIndexes = [];

    private readonly SearchIndex _index;

    /// <summary>Searches <paramref name="catalog"/> with the shipped vocabulary and clinical lexicon (anatomy, pathologies).</summary>
    public ActSearch(NgapCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        _index = EmbeddedVocabularyIndexes.GetValue(catalog, c => new SearchIndex(c, SearchVocabulary.Embedded, PrescriptionLexicon.Embedded));
    }

    /// <summary>Searches <paramref name="catalog"/> with another vocabulary (e.g. one being edited), without the lexicon.</summary>
    public ActSearch(NgapCatalog catalog, SearchVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(vocabulary);
        Catalog = catalog;
        _index = new SearchIndex(catalog, vocabulary);
    }

    /// <summary>The catalog searched.</summary>
    public NgapCatalog Catalog { get; }

    internal SearchIndex Index => _index;

    /// <summary>
    /// Acts in force on <paramref name="date"/> matching <paramref name="query"/>, best first (ties in catalog order),
    /// at most <paramref name="limit"/>, each once; empty for an empty query or when nothing matches.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is below 1 (adapters validate it first).</exception>
    public IReadOnlyList<ActSearchResult> Search(string query, DateOnly date, int limit = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return string.IsNullOrWhiteSpace(query) ? [] : _index.Search(query, date, limit);
    }
}
