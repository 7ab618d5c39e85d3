using System.Text;
using Cotakine.Catalog.Loading;
using Cotakine.Search;

namespace Cotakine.Tests.Search;

/// <summary>The search vocabulary is data: it must load, be checked, and every expansion must be able to match.</summary>
public sealed class SearchVocabularyTests
{
    private const string Valid = """
        { "stopwords": ["de"], "negators": [{ "word": "non", "scope": 1, "comment": "négation" }],
          "entries": [{ "terms": ["ptg"], "expansions": ["prothèse totale genou"], "comment": "abréviation" }] }
        """;

    private static SearchVocabulary Load(string json) => SearchVocabulary.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    [Fact]
    public void The_shipped_vocabulary_loads_with_comments_on_every_entry()
    {
        var vocabulary = SearchVocabulary.Embedded;
        Assert.True(vocabulary.Entries.Count >= 40);
        Assert.All(vocabulary.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Comment)));
        Assert.Contains(vocabulary.Entries, e => e.Terms.Contains("ptg"));
        Assert.Equal(1, vocabulary.Negators["non"]);
    }

    [Fact]
    public void Every_expansion_word_exists_in_the_catalog()
    {
        // An expansion word no act contains can never match: a silent vocabulary error.
        var index = new ActSearch(CatalogLoader.Embedded).Index;
        Assert.Empty(index.DeadExpansions());
    }

    [Fact]
    public void A_valid_file_loads() => Assert.Single(Load(Valid).Entries);

    [Theory]
    [InlineData("{ \"stopwords\": [], \"negators\": [], \"entries\": [ { \"terms\": [], \"expansions\": [\"x\"], \"comment\": \"c\" } ] }", "entries[0]", "terms")]
    [InlineData("{ \"stopwords\": [], \"negators\": [], \"entries\": [ { \"terms\": [\"ptg\"], \"expansions\": [\"genou\"] } ] }", "entries[0] (ptg)", "comment")]
    [InlineData("{ \"stopwords\": [], \"negators\": [], \"entries\": [ { \"terms\": [\"ptg\"], \"expansions\": [\"genou\"], \"comment\": \"c\", \"weight\": 2 } ] }", "entries[0] (ptg)", "weight")]
    [InlineData("{ \"stopwords\": [], \"negators\": [], \"entries\": [ { \"terms\": [\"PTG\"], \"expansions\": [\"genou\"], \"comment\": \"c\" }, { \"terms\": [\"ptg\"], \"expansions\": [\"hanche\"], \"comment\": \"c\" } ] }", "entries[1] (ptg)", "déjà défini")]
    [InlineData("{ \"stopwords\": [], \"negators\": [], \"entries\": [ { \"terms\": [\"ptg\"], \"expansions\": [\"genou\"], \"comment\": \"c\", \"extra\": 1 } ] }", "entries[0]", "extra")]
    [InlineData("{ \"stopwords\": [\"de\"], \"negators\": [], \"entries\": [ { \"terms\": [\"de\"], \"expansions\": [\"genou\"], \"comment\": \"c\" } ] }", "entries[0] (de)", "aucun mot")]
    [InlineData("{ \"stopwords\": [], \"negators\": [{ \"word\": \"non\", \"scope\": 1, \"comment\": \"c\" }], \"entries\": [ { \"terms\": [\"non opéré\"], \"expansions\": [\"genou\"], \"comment\": \"c\" } ] }", "entries[0] (non opéré)", "négation")]
    [InlineData("{ \"stopwords\": [], \"negators\": [{ \"word\": \"non\", \"scope\": 9, \"comment\": \"c\" }], \"entries\": [] }", "negators[0]", "scope")]
    [InlineData("{ \"stopwords\": [\"de la\"], \"negators\": [], \"entries\": [] }", "stopwords[0]", "un seul mot")]
    [InlineData("{ \"stopwords\": [], \"negators\": [], \"entries\": [ { \"terms\": [\"ptg\"], \"expansions\": [{ \"phrase\": \"genou\", \"weight\": 0 }], \"comment\": \"c\" } ] }", "entries[0] (ptg)", "« genou » : « weight »")]
    [InlineData("{ \"stopwords\": [], \"negators\": [], \"entries\": [ { \"terms\": [\"ptg\"], \"expansions\": [{ \"phrase\": \"genou\" }], \"comment\": \"c\" } ] }", "entries[0] (ptg)", "weight")]
    [InlineData("{ \"stopwords\": [], \"negators\": [], \"entries\": [ { \"terms\": [\"ptg\"], \"expansions\": [{ \"phrase\": \"genou\", \"weight\": 0.5, \"x\": 1 }], \"comment\": \"c\" } ] }", "entries[0] (ptg)", "x")]
    [InlineData("{ \"stopwords\": [], \"negators\": [], \"entries\": [ { \"terms\": [\"ptg\"], \"expansions\": [3], \"comment\": \"c\" } ] }", "entries[0] (ptg)", "phrase, weight")]
    [InlineData("{ \"negators\": [], \"entries\": [] }", "racine", "stopwords")]
    [InlineData("[1, 2]", "racine", "objet")]
    public void A_malformed_file_fails_with_file_row_and_reason(string json, string row, string reasonPart)
    {
        var error = Assert.Throws<CatalogLoadException>(() => Load(json));
        Assert.Equal("test.json", error.File);
        Assert.Equal(row, error.Row);
        Assert.Contains(reasonPart, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_names_the_line()
    {
        var error = Assert.Throws<CatalogLoadException>(() => Load("{\n \"stopwords\": [,\n}"));
        Assert.Equal("test.json", error.File);
        Assert.StartsWith("ligne ", error.Row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_vocabulary_changes_what_a_term_finds()
    {
        // The vocabulary is data: the same catalog searched with another file expands « ptg » differently.
        var custom = Load("""
            { "stopwords": [], "negators": [], "entries": [{ "terms": ["ptg"], "expansions": ["hanche"], "comment": "exprès faux" }] }
            """);
        var search = new ActSearch(CatalogLoader.Embedded, custom);
        var first = search.Search("ptg", new DateOnly(2025, 6, 1))[0];
        Assert.Contains("hanche", first.Version.Act.Label, StringComparison.OrdinalIgnoreCase);
    }
}
