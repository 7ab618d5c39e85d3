using Cotakine.Catalog.Loading;
using Cotakine.Search;

namespace Cotakine.Tests.Search;

/// <summary>
/// The clinical lexicon (data/search/lexicon.json), tested entry by entry: every term read alone (or with the word its kind
/// needs) gives the act its entry promises. Source of each promise: the entry's own reason (ngap-facts §D, UNCAM référentiels).
/// </summary>
public class PrescriptionLexiconTests
{
    private static readonly DateOnly Date = new(2026, 3, 12);

    private static PrescriptionLexicon Lexicon => PrescriptionLexicon.Embedded;

    private static ActSuggester Suggester => ActSuggester.For(CatalogLoader.Embedded);

    public static TheoryData<int, string> Terms(LexiconKind kind)
    {
        var data = new TheoryData<int, string>();
        for (var e = 0; e < Lexicon.Entries.Count; e++)
        {
            if (Lexicon.Entries[e].Kind == kind)
            {
                foreach (var term in Lexicon.Entries[e].Terms)
                {
                    data.Add(e, term);
                }
            }
        }

        return data;
    }

    private static LexiconEntry Entry(int index) => Lexicon.Entries[index];

    private static LexiconSegment Segment(string id) => Lexicon.Segments.Single(s => s.Id == id);

    private static ActSuggestion First(string text) => Suggester.Suggest(text, Date).First();

    [Fact]
    public void Every_act_id_is_in_the_catalog_and_every_entry_has_a_reason()
    {
        Assert.All(Lexicon.ActIds(), a => Assert.NotNull(CatalogLoader.Embedded.FindAct(a.ActId)));
        Assert.All(Lexicon.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
        Assert.True(Lexicon.Entries.Sum(e => e.Terms.Count) > 500);
    }

    [Theory]
    [MemberData(nameof(Terms), LexiconKind.Segment)]
    public void Anatomy_gives_its_segment_not_operated_first(int entry, string term)
    {
        var segment = Segment(Entry(entry).Segment!);
        var first = First(term);
        Assert.Equal(segment.Acts.NotOperated, first.Version.Act.Id);
        Assert.Contains(first.Because, b => b.StartsWith($"segment: {segment.Label}", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Terms), LexiconKind.Surgery)]
    public void Surgery_words_give_the_operated_act(int entry, string term)
    {
        var segment = Entry(entry).Segment;
        var first = First(segment is null ? $"genou {term}" : term);
        Assert.Equal(segment is null ? "vic-genou-jambe" : Segment(segment).Acts.Operated, first.Version.Act.Id);
        Assert.Contains(first.Because, b => b.StartsWith("opéré: ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Terms), LexiconKind.Conservative)]
    public void Conservative_treatment_says_not_operated(int entry, string term)
    {
        _ = entry;
        var first = First($"cheville pied {term}");
        Assert.Equal("vim-cheville-pied", first.Version.Act.Id);
        Assert.Contains(first.Because, b => b.StartsWith("non opéré: ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Terms), LexiconKind.Bilateral)]
    public void Both_sides_are_several_territories(int entry, string term)
    {
        var text = Entry(entry).Segment is null ? $"gonarthrose {term}" : term;
        Assert.Equal("ter-plusieurs-territoires", First(text).Version.Act.Id);
    }

    [Theory]
    [MemberData(nameof(Terms), LexiconKind.Indication)]
    public void Indication_gives_its_act(int entry, string term)
    {
        var indication = Entry(entry);
        var expected = indication.Surgery ? indication.Acts!.Operated : indication.Acts!.NotOperated ?? indication.Acts.Operated;
        var first = First(term);
        Assert.Equal(expected, first.Version.Act.Id);
        Assert.Contains(first.Because, b => b.StartsWith($"indication: {indication.Label}", StringComparison.Ordinal));
        if (indication.Acts.Operated is { } operated)
        {
            Assert.Equal(operated, First($"{term} opéré").Version.Act.Id);
        }
    }

    [Theory]
    [MemberData(nameof(Terms), LexiconKind.Pathology)]
    public void Pathology_gives_its_article(int entry, string term)
    {
        var pathology = Entry(entry);
        var first = First(term);
        Assert.Equal(pathology.PathologyActs[0], first.Version.Act.Id);
        Assert.Contains(first.Because, b => b.StartsWith($"article: {pathology.Label} (", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Terms), LexiconKind.Ignore)]
    public void Laterality_changes_nothing(int entry, string term)
    {
        _ = entry;
        var first = First($"coude {term}");
        Assert.Equal("vsm-coude-avant-bras", first.Version.Act.Id);
        Assert.Equal(["segment: coude ou avant-bras (coude)"], first.Because);
    }

    [Theory]
    // Source: lexicon lesions — entorse at the cheville is the référentiel act (SEED-Doctolib); fracture or luxation at
    // the coude the référentiel « fracture ± luxation du coude » (UNCAM-2013-11-26); amputation APM (NGAP art. 1-F).
    [InlineData("entorse", "cheville", "rim-entorse-cheville")]
    [InlineData("fracture", "coude", "rsm-fracture-coude")]
    [InlineData("luxation", "coude", "rsm-fracture-coude")]
    [InlineData("fracture", "humérus", "rsm-fracture-humerus-proximal")]
    [InlineData("fracture", "poignet", "rsm-fracture-avant-bras")]
    [InlineData("amputation", "jambe", "apm-membre-inferieur")]
    [InlineData("amputation", "main", "apm-membre-superieur")]
    [InlineData("scoliose", "dorsale", "dra-rachis-dorsal")]
    public void Lesion_at_a_structure_gives_its_act(string lesion, string structure, string expected)
    {
        Assert.Equal(expected, First($"{lesion} {structure}").Version.Act.Id);
        Assert.Equal(expected, First($"{structure} : {lesion}").Version.Act.Id);
    }

    [Theory]
    // Lesion entries with their own acts, read alone (NGAP art. 1-E and 1-F).
    [InlineData("amputation", "apm-membre-inferieur")]
    [InlineData("scoliose", "dra-rachis-plusieurs-segments")]
    [InlineData("amputation des deux jambes", "apm-plusieurs-membres")]
    public void Lesion_alone_gives_its_acts(string text, string expected) =>
        Assert.Equal(expected, First(text).Version.Act.Id);

    [Theory]
    // Vertebrae by level → rachis segment (lexicon « C1–C7 », « D1–D12 / T1–T12 », « L1–L5, S1 »).
    [InlineData("hernie C5-C6", "ram-rachis-cervical")]
    [InlineData("tassement D12", "ram-rachis-dorsal")]
    [InlineData("arthrodèse L4-L5", "rao-rachis-lombo-sacre")]
    [InlineData("arthrodèse C5 C6 et L5 S1", "rao-rachis-plusieurs-segments")]
    public void Vertebra_levels_give_the_rachis_segment(string text, string expected) =>
        Assert.Equal(expected, First(text).Version.Act.Id);

    [Theory]
    // NGAP art. 1-D (ngap-facts §N.3): two segments of one limb are « plusieurs segments », two limbs are TER.
    [InlineData("épaule et coude", "vsm-plusieurs-segments")]
    [InlineData("genou et épaule", "ter-plusieurs-territoires")]
    [InlineData("genou et épaule opérés", "ter-plusieurs-territoires-operes")]
    [InlineData("lombalgie et gonarthrose", "ter-plusieurs-territoires")]
    public void Several_places_give_the_act_that_covers_them(string text, string expected) =>
        Assert.Equal(expected, First(text).Version.Act.Id);

    [Theory]
    // Negations of the search vocabulary apply (« non », « sans »).
    [InlineData("genou non opéré", "vim-genou-jambe", "non opéré: non opéré")]
    [InlineData("rachis lombaire sans chirurgie", "ram-rachis-lombo-sacre", "non opéré: non chirurgie")]
    public void Negated_surgery_is_not_operated(string text, string expected, string because)
    {
        var first = First(text);
        Assert.Equal(expected, first.Version.Act.Id);
        Assert.Contains(because, first.Because);
    }

    [Theory]
    // Prefixes and small typos of a known word (« parkinsonien » → « parkinson », « clavicul » typo).
    [InlineData("syndrome parkinsonnien", "nmi-neuro-plusieurs-membres")]
    [InlineData("fracture de la clavicul", "vsm-epaule-bras")]
    [InlineData("cervicalgique", "ram-rachis-cervical")]
    public void Prefixes_and_typos_are_read(string text, string expected) =>
        Assert.Equal(expected, First(text).Version.Act.Id);

    [Fact]
    public void Unknown_text_falls_back_to_the_search_or_nothing()
    {
        Assert.Empty(Suggester.Suggest("xyzzy plugh", Date));
        Assert.Empty(Suggester.Suggest("   ", Date));
        var fallback = Suggester.Suggest("rééducation vestibulaire", Date);
        Assert.NotEmpty(fallback);
    }

    [Fact]
    public void A_bad_lexicon_fails_naming_the_row()
    {
        const string json = """{"segments":[],"territories":[],"severalTerritories":{"label":"x","operated":"a","notOperated":"b"},"entries":[{"kind":"segment","segment":"nulle-part","terms":["x"],"reason":"r"}]}""";
        var error = Assert.Throws<CatalogLoadException>(() => PrescriptionLexicon.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))));
        Assert.Contains("entries[0]", error.Message);
        Assert.Contains("nulle-part", error.Message);
    }
}
