namespace Cotakine.Search;

/// <summary>
/// One row of the search vocabulary: what a kiné types (<see cref="Terms"/>: « ptg », « prothèse de genou ») and what
/// the NGAP labels say instead (<see cref="Expansions"/>: « prothèse totale genou »). Each expansion is a phrase whose
/// words must all be found in an act; <see cref="Weight"/> (≤ 1) lowers loose synonyms (« épaule » → « coiffe »).
/// </summary>
/// <param name="Terms">Words or phrases as typed, matched after normalization (accents, case, plural).</param>
/// <param name="Expansions">Phrases of the NGAP labels the terms stand for, each with its own weight.</param>
/// <param name="Weight">How much a match through an expansion counts compared with the literal word (0 &lt; weight ≤ 1).</param>
/// <param name="Comment">Why the entry exists, in French, for whoever edits the file.</param>
public sealed record VocabularyEntry(IReadOnlyList<string> Terms, IReadOnlyList<VocabularyExpansion> Expansions, double Weight, string Comment);
