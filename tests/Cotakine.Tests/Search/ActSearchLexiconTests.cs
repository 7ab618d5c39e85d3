using Cotakine.Catalog.Loading;
using Cotakine.Search;

namespace Cotakine.Tests.Search;

/// <summary>
/// <c>acts search</c> reads the clinical lexicon too (data/search/lexicon.json), entry by entry: a term of anatomy, of
/// indication or of pathology typed alone finds one of its entry's acts among the first three. Source of each expected
/// act: the entry's reason. Terms the search vocabulary already defines (it wins: « sciatique » → lombalgie or radiculaire)
/// and phrases of more than three words (left to <c>acts suggest</c>) are not the lexicon's to answer here.
/// </summary>
public class ActSearchLexiconTests
{
    private static readonly DateOnly Date = new(2026, 3, 12);

    private static readonly ActSearch Search = new(CatalogLoader.Embedded);

    public static TheoryData<int, string> Terms()
    {
        var data = new TheoryData<int, string>();
        var lexicon = PrescriptionLexicon.Embedded;
        var vocabulary = SearchVocabulary.Embedded;
        var tokens = new List<RawToken>();
        var defined = vocabulary.Entries.SelectMany(e => e.Terms).Select(t => SearchVocabulary.Key(t, vocabulary.Stopwords, vocabulary.Negators, tokens)).ToHashSet();
        bool Searchable(string term) =>
            !term.Any(char.IsAsciiDigit)
            && SearchVocabulary.Stems(term, vocabulary.Stopwords, vocabulary.Negators, tokens).Count <= 3
            && !defined.Contains(SearchVocabulary.Key(term, vocabulary.Stopwords, vocabulary.Negators, tokens));
        for (var e = 0; e < lexicon.Entries.Count; e++)
        {
            if (lexicon.Entries[e].Kind is LexiconKind.Segment or LexiconKind.Indication or LexiconKind.Pathology)
            {
                foreach (var term in lexicon.Entries[e].Terms.Where(Searchable))
                {
                    data.Add(e, term);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Terms))]
    public void Term_finds_an_act_of_its_entry(int index, string term)
    {
        var lexicon = PrescriptionLexicon.Embedded;
        var entry = lexicon.Entries[index];
        var expected = entry.Kind switch
        {
            LexiconKind.Segment => Acts(lexicon.Segments.Single(s => s.Id == entry.Segment).Acts).Concat(entry.Lesions.Values.SelectMany(Acts)),
            LexiconKind.Indication => Acts(entry.Acts!),
            _ => entry.PathologyActs,
        };
        var top = Search.Search(term, Date, 3).Select(r => r.Version.Act.Id).ToList();
        Assert.True(top.Intersect(expected).Any(), $"« {term} » → [{string.Join(", ", top)}], attendu l'un de [{string.Join(", ", expected)}]");
    }

    private static IEnumerable<string> Acts(LexiconChoice choice) => new[] { choice.Operated, choice.NotOperated }.OfType<string>();
}
