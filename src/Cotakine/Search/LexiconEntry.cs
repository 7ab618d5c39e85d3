namespace Cotakine.Search;

/// <summary>
/// One reviewed row of the clinical lexicon (<c>data/search/lexicon.json</c>): the words a prescription uses
/// (<see cref="Terms"/>) and what they mean for the cotation, with the reason (<see cref="Reason"/>: source or anatomy).
/// Which fields are set depends on <see cref="Kind"/>.
/// </summary>
/// <param name="Kind">What the words tell.</param>
/// <param name="Terms">Words or phrases as written, compared after normalization (accents, case, plural, mots vides).</param>
/// <param name="Reason">Why the entry says so, in French (a source key or the anatomy).</param>
/// <param name="Segment">The segment id, for a segment or an indication entry.</param>
/// <param name="Lesion">The lesion id (<c>fracture</c>…), for a lesion entry.</param>
/// <param name="Label">The French name of the indication or article shown in the reasons.</param>
/// <param name="Acts">For an indication, its acts operated and not.</param>
/// <param name="PathologyActs">For a pathology or a lesion, its acts in order of fit.</param>
/// <param name="Several">For a pathology, the act that fits first when several territories are named (RPB 9).</param>
/// <param name="Surgery">Whether the words themselves mean an operation (PTG, méniscectomie).</param>
/// <param name="Lesions">For a segment entry, lesion id → acts of a lesion of that very structure (fracture de l'humérus).</param>
public sealed record LexiconEntry(
    LexiconKind Kind,
    IReadOnlyList<string> Terms,
    string Reason,
    string? Segment,
    string? Lesion,
    string? Label,
    LexiconChoice? Acts,
    IReadOnlyList<string> PathologyActs,
    string? Several,
    bool Surgery,
    IReadOnlyDictionary<string, LexiconChoice> Lesions);
