using System.Text.Json;
using Cotakine.Catalog.Loading;

namespace Cotakine.Search;

/// <summary>
/// The words of act search that are data, not code: abbreviations and synonyms kinés use (PTG, LCA, « kiné respi »),
/// words that carry no meaning (« de », « la »), and negations with their reach (« non » negates the next word,
/// « sans » and « hors » up to three). Shipped as <c>data/search/vocabulary.json</c>, embedded, loaded and checked once;
/// a bad file fails with its name, the row and the reason (<see cref="CatalogLoadException"/>), never half-loaded.
/// </summary>
public sealed class SearchVocabulary
{
    /// <summary>The file name of the vocabulary, as embedded and as named in error messages.</summary>
    public const string FileName = "vocabulary.json";

    private static readonly Lazy<SearchVocabulary> EmbeddedVocabulary = new(
        () =>
        {
            using var stream = typeof(SearchVocabulary).Assembly.GetManifestResourceStream($"Cotakine.Data.search.{FileName}")
                               ?? throw new CatalogLoadException(FileName, "fichier", "fichier absent de l'assemblage");
            return Load(stream);
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    private SearchVocabulary(IReadOnlySet<string> stopwords, IReadOnlyDictionary<string, int> negators, IReadOnlyList<VocabularyEntry> entries)
    {
        Stopwords = stopwords;
        Negators = negators;
        Entries = entries;
    }

    /// <summary>The vocabulary shipped with this release.</summary>
    public static SearchVocabulary Embedded => EmbeddedVocabulary.Value;

    /// <summary>Normalized words ignored on both sides (« de », « du », « l »).</summary>
    public IReadOnlySet<string> Stopwords { get; }

    /// <summary>Normalized negation words and how many following words they negate (« non » → 1, « sans » → 3).</summary>
    public IReadOnlyDictionary<string, int> Negators { get; }

    /// <summary>Abbreviations and synonyms, in file order.</summary>
    public IReadOnlyList<VocabularyEntry> Entries { get; }

    /// <summary>Reads and checks a vocabulary file; <paramref name="file"/> names it in error messages.</summary>
    public static SearchVocabulary Load(Stream stream, string file = FileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            throw new CatalogLoadException(file, $"ligne {e.LineNumber + 1}", $"JSON invalide ({e.Message})");
        }

        using (document)
        {
            return Parse(document.RootElement, file);
        }
    }

    private static SearchVocabulary Parse(JsonElement root, string file)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new CatalogLoadException(file, "racine", "un objet JSON est attendu");
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Name is not ("$comment" or "stopwords" or "negators" or "entries"))
            {
                throw new CatalogLoadException(file, "racine", $"propriété inconnue « {property.Name} »");
            }
        }

        var stopwords = new HashSet<string>(StringComparer.Ordinal);
        var tokens = new List<RawToken>();
        foreach (var (element, index) in Array(root, "stopwords", file, "racine"))
        {
            var word = SingleWord(element, file, $"stopwords[{index}]", tokens);
            if (!stopwords.Add(word))
            {
                throw new CatalogLoadException(file, $"stopwords[{index}]", $"mot vide « {word} » en double");
            }
        }

        var negators = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (element, index) in Array(root, "negators", file, "racine"))
        {
            var row = $"negators[{index}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new CatalogLoadException(file, row, "un objet { word, scope, comment } est attendu");
            }

            CheckProperties(element, file, row, "word", "scope", "comment");
            var word = SingleWord(Required(element, "word", file, row), file, row, tokens);
            var scope = Required(element, "scope", file, row);
            if (scope.ValueKind != JsonValueKind.Number || !scope.TryGetInt32(out var reach) || reach is < 1 or > 5)
            {
                throw new CatalogLoadException(file, row, "« scope » doit être un entier de 1 à 5 (nombre de mots niés)");
            }

            RequiredText(element, "comment", file, row);
            if (stopwords.Contains(word) || !negators.TryAdd(word, reach))
            {
                throw new CatalogLoadException(file, row, $"« {word} » est déjà un mot vide ou une négation");
            }
        }

        var entries = new List<VocabularyEntry>();
        var termOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (element, index) in Array(root, "entries", file, "racine"))
        {
            var row = $"entries[{index}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new CatalogLoadException(file, row, "un objet { terms, expansions, comment } est attendu");
            }

            CheckProperties(element, file, row, "terms", "expansions", "weight", "comment");
            var terms = Texts(element, "terms", file, row);
            row = $"entries[{index}] ({terms[0]})";
            var expansions = Expansions(element, file, row);
            var comment = RequiredText(element, "comment", file, row);
            var weight = 1.0;
            if (element.TryGetProperty("weight", out var weightElement)
                && (weightElement.ValueKind != JsonValueKind.Number || !weightElement.TryGetDouble(out weight) || weight is <= 0 or > 1))
            {
                throw new CatalogLoadException(file, row, "« weight » doit être un nombre dans ]0 ; 1]");
            }

            foreach (var term in terms)
            {
                var key = Key(term, stopwords, negators, tokens)
                          ?? throw new CatalogLoadException(file, row, $"le terme « {term} » ne garde aucun mot une fois normalisé (mots vides seuls)");
                if (key.Contains('¬', StringComparison.Ordinal))
                {
                    throw new CatalogLoadException(file, row, $"le terme « {term} » contient une négation : elle s'applique d'elle-même, ne l'écrivez pas");
                }

                if (!termOwners.TryAdd(key, row))
                {
                    throw new CatalogLoadException(file, row, $"le terme « {term} » est déjà défini ({termOwners[key]})");
                }
            }

            foreach (var expansion in expansions)
            {
                var key = Key(expansion.Phrase, stopwords, negators, tokens);
                if (key is null || key.Contains('¬', StringComparison.Ordinal))
                {
                    throw new CatalogLoadException(file, row, $"l'expansion « {expansion.Phrase} » est vide ou contient une négation");
                }
            }

            entries.Add(new VocabularyEntry(terms, expansions, weight, comment));
        }

        return new SearchVocabulary(stopwords, negators, entries);
    }

    /// <summary>The normalized stems of a phrase joined by spaces (negations marked ¬), or null when nothing is left.</summary>
    internal static string? Key(string phrase, IReadOnlySet<string> stopwords, IReadOnlyDictionary<string, int> negators, List<RawToken> buffer)
    {
        var stems = Stems(phrase, stopwords, negators, buffer);
        return stems.Count == 0 ? null : string.Join(' ', stems);
    }

    /// <summary>The normalized stems of a phrase, stopwords dropped, negation words kept as <c>¬</c>.</summary>
    internal static List<string> Stems(string phrase, IReadOnlySet<string> stopwords, IReadOnlyDictionary<string, int> negators, List<RawToken> buffer)
    {
        buffer.Clear();
        SearchText.Tokenize(phrase, buffer);
        var stems = new List<string>(buffer.Count);
        foreach (var token in buffer)
        {
            if (token.IsNumber)
            {
                stems.Add(token.Text);
            }
            else if (negators.ContainsKey(token.Text))
            {
                stems.Add("¬");
            }
            else if (!stopwords.Contains(token.Text))
            {
                stems.Add(SearchText.Stem(token.Text));
            }
        }

        return stems;
    }

    private static IEnumerable<(JsonElement Element, int Index)> Array(JsonElement root, string name, string file, string row)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new CatalogLoadException(file, row, $"« {name} » absent ou n'est pas un tableau");
        }

        return array.EnumerateArray().Select((e, i) => (e, i));
    }

    private static void CheckProperties(JsonElement element, string file, string row, params string[] allowed)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (System.Array.IndexOf(allowed, property.Name) < 0)
            {
                throw new CatalogLoadException(file, row, $"propriété inconnue « {property.Name} »");
            }
        }
    }

    private static JsonElement Required(JsonElement element, string name, string file, string row) =>
        element.TryGetProperty(name, out var value) ? value : throw new CatalogLoadException(file, row, $"« {name} » absent");

    private static string RequiredText(JsonElement element, string name, string file, string row)
    {
        var value = Required(element, name, file, row);
        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw new CatalogLoadException(file, row, $"« {name} » doit être un texte non vide");
    }

    /// <summary>« expansions »: phrases, each a text (weight 1) or <c>{ "phrase": "…", "weight": 0.7 }</c>.</summary>
    private static List<VocabularyExpansion> Expansions(JsonElement element, string file, string row)
    {
        const string Expected = "« expansions » doit être un tableau non vide de textes ou d'objets { phrase, weight }";
        var value = Required(element, "expansions", file, row);
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw new CatalogLoadException(file, row, Expected);
        }

        var expansions = new List<VocabularyExpansion>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                expansions.Add(new VocabularyExpansion(item.GetString()!));
                continue;
            }

            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new CatalogLoadException(file, row, Expected);
            }

            CheckProperties(item, file, row, "phrase", "weight");
            var phrase = RequiredText(item, "phrase", file, row);
            if (!item.TryGetProperty("weight", out var weightElement) || weightElement.ValueKind != JsonValueKind.Number
                || !weightElement.TryGetDouble(out var weight) || weight is <= 0 or > 1)
            {
                throw new CatalogLoadException(file, row, $"l'expansion « {phrase} » : « weight » doit être un nombre dans ]0 ; 1]");
            }

            expansions.Add(new VocabularyExpansion(phrase, weight));
        }

        return expansions;
    }

    private static List<string> Texts(JsonElement element, string name, string file, string row)
    {
        var value = Required(element, name, file, row);
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw new CatalogLoadException(file, row, $"« {name} » doit être un tableau non vide de textes");
        }

        var texts = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw new CatalogLoadException(file, row, $"« {name} » doit être un tableau non vide de textes");
            }

            texts.Add(item.GetString()!);
        }

        return texts;
    }

    private static string SingleWord(JsonElement element, string file, string row, List<RawToken> buffer)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw new CatalogLoadException(file, row, "un mot (texte) est attendu");
        }

        buffer.Clear();
        SearchText.Tokenize(element.GetString()!, buffer);
        if (buffer.Count != 1 || buffer[0].IsNumber)
        {
            throw new CatalogLoadException(file, row, $"« {element.GetString()} » doit être un seul mot");
        }

        return buffer[0].Text;
    }
}
