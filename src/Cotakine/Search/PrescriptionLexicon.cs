using System.Text.Json;
using Cotakine.Catalog.Loading;

namespace Cotakine.Search;

/// <summary>
/// The clinical lexicon of act suggestion (<c>data/search/lexicon.json</c>): how the words of a prescription map to the
/// NGAP — anatomy to segment and limb, surgery words to « opéré », lesions, référentiel indications and pathologies to
/// their article. Vocabulary is data, reviewed entry by entry with a reason; this type only loads and checks it, once.
/// A bad file fails with its name, the row and the reason (<see cref="CatalogLoadException"/>), never half-loaded.
/// </summary>
public sealed class PrescriptionLexicon
{
    /// <summary>The file name of the lexicon, as embedded and as named in error messages.</summary>
    public const string FileName = "lexicon.json";

    private static readonly Lazy<PrescriptionLexicon> EmbeddedLexicon = new(
        () =>
        {
            using var stream = typeof(PrescriptionLexicon).Assembly.GetManifestResourceStream($"Cotakine.Data.search.{FileName}")
                               ?? throw new CatalogLoadException(FileName, "fichier", "fichier absent de l'assemblage");
            return Load(stream);
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    private PrescriptionLexicon(IReadOnlyList<LexiconSegment> segments, IReadOnlyList<LexiconSegment> territories, LexiconSegment severalTerritories, IReadOnlyList<LexiconEntry> entries)
    {
        Segments = segments;
        Territories = territories;
        SeveralTerritories = severalTerritories;
        Entries = entries;
    }

    /// <summary>The lexicon shipped with this release.</summary>
    public static PrescriptionLexicon Embedded => EmbeddedLexicon.Value;

    /// <summary>Segments of the limbs and of the rachis, each in a territory.</summary>
    public IReadOnlyList<LexiconSegment> Segments { get; }

    /// <summary>Territories (rachis, membre supérieur, membre inférieur) with their « several segments » acts.</summary>
    public IReadOnlyList<LexiconSegment> Territories { get; }

    /// <summary>Several territories (TER).</summary>
    public LexiconSegment SeveralTerritories { get; }

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Every act id the lexicon names, with the row naming it (for checks against the catalog).</summary>
    public IEnumerable<(string ActId, string Row)> ActIds()
    {
        foreach (var place in Segments.Concat(Territories).Append(SeveralTerritories))
        {
            foreach (var id in Ids(place.Acts).Concat(place.Lesions.Values.SelectMany(Ids)))
            {
                yield return (id, place.Id);
            }
        }

        for (var e = 0; e < Entries.Count; e++)
        {
            var entry = Entries[e];
            var row = $"entries[{e}] ({entry.Terms[0]})";
            var ids = Ids(entry.Acts).Concat(entry.PathologyActs).Concat(entry.Lesions.Values.SelectMany(Ids));
            if (entry.Several is not null)
            {
                ids = ids.Append(entry.Several);
            }

            foreach (var id in ids)
            {
                yield return (id, row);
            }
        }

        static IEnumerable<string> Ids(LexiconChoice? choice) =>
            choice is null ? [] : new[] { choice.Operated, choice.NotOperated }.OfType<string>();
    }

    /// <summary>Reads and checks a lexicon file; <paramref name="file"/> names it in error messages.</summary>
    public static PrescriptionLexicon Load(Stream stream, string file = FileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
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

    private static PrescriptionLexicon Parse(JsonElement root, string file)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new CatalogLoadException(file, "racine", "un objet JSON est attendu");
        }

        Only(root, file, "racine", "$comment", "segments", "territories", "severalTerritories", "entries");
        var territories = Items(root, "territories", file).Select(x => Place(x.Element, file, $"territories[{x.Index}]", territory: false)).ToList();
        var territoryIds = territories.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var segments = Items(root, "segments", file).Select(x => Place(x.Element, file, $"segments[{x.Index}]", territory: true)).ToList();
        foreach (var segment in segments.Where(s => !territoryIds.Contains(s.Territory!)))
        {
            throw new CatalogLoadException(file, $"segment {segment.Id}", $"territoire inconnu « {segment.Territory} »");
        }

        var segmentIds = segments.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        if (!root.TryGetProperty("severalTerritories", out var severalElement))
        {
            throw new CatalogLoadException(file, "racine", "« severalTerritories » absent");
        }

        var several = Place(severalElement, file, "severalTerritories", territory: false, needsId: false);
        var entries = new List<LexiconEntry>();
        foreach (var (element, index) in Items(root, "entries", file))
        {
            var row = $"entries[{index}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new CatalogLoadException(file, row, "un objet est attendu");
            }

            Only(element, file, row, "kind", "terms", "reason", "segment", "lesion", "label", "operated", "notOperated", "acts", "several", "surgery", "lesions");
            var terms = Texts(element, "terms", file, row);
            row = $"{row} ({terms[0]})";
            var kind = Text(element, "kind", file, row) switch
            {
                "segment" => LexiconKind.Segment,
                "surgery" => LexiconKind.Surgery,
                "conservative" => LexiconKind.Conservative,
                "bilateral" => LexiconKind.Bilateral,
                "lesion" => LexiconKind.Lesion,
                "indication" => LexiconKind.Indication,
                "pathology" => LexiconKind.Pathology,
                "ignore" => LexiconKind.Ignore,
                var other => throw new CatalogLoadException(file, row, $"« kind » inconnu : « {other} »"),
            };
            var segment = Optional(element, "segment", file, row);
            if (segment is not null && !segmentIds.Contains(segment))
            {
                throw new CatalogLoadException(file, row, $"segment inconnu « {segment} »");
            }

            if (kind == LexiconKind.Segment && segment is null)
            {
                throw new CatalogLoadException(file, row, "« segment » est requis pour une entrée d'anatomie");
            }

            var operated = Optional(element, "operated", file, row);
            var notOperated = Optional(element, "notOperated", file, row);
            var acts = operated is null && notOperated is null ? null : new LexiconChoice(operated, notOperated);
            if (kind == LexiconKind.Indication && acts is null)
            {
                throw new CatalogLoadException(file, row, "une indication nomme au moins un acte (« operated » ou « notOperated »)");
            }

            var pathologyActs = element.TryGetProperty("acts", out _) ? Texts(element, "acts", file, row) : [];
            if (kind == LexiconKind.Pathology && pathologyActs.Count == 0)
            {
                throw new CatalogLoadException(file, row, "une pathologie nomme au moins un acte (« acts »)");
            }

            var lesion = Optional(element, "lesion", file, row);
            if (kind == LexiconKind.Lesion && lesion is null)
            {
                throw new CatalogLoadException(file, row, "« lesion » est requis pour une entrée de lésion");
            }

            var surgery = element.TryGetProperty("surgery", out var surgeryElement)
                && (surgeryElement.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? surgeryElement.GetBoolean()
                    : throw new CatalogLoadException(file, row, "« surgery » doit être true ou false"));
            entries.Add(new LexiconEntry(kind, terms, Text(element, "reason", file, row), segment, lesion, Optional(element, "label", file, row),
                acts, pathologyActs, Optional(element, "several", file, row), surgery, Lesions(element, file, row)));
        }

        return new PrescriptionLexicon(segments, territories, several, entries);
    }

    private static LexiconSegment Place(JsonElement element, string file, string row, bool territory, bool needsId = true)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new CatalogLoadException(file, row, "un objet est attendu");
        }

        Only(element, file, row, "id", "label", "territory", "operated", "notOperated", "lesions");
        var id = needsId ? Text(element, "id", file, row) : "plusieurs-territoires";
        return new LexiconSegment(
            id,
            Text(element, "label", file, row),
            territory ? Text(element, "territory", file, row) : null,
            new LexiconChoice(Text(element, "operated", file, row), Text(element, "notOperated", file, row)),
            Lesions(element, file, row));
    }

    private static Dictionary<string, LexiconChoice> Lesions(JsonElement element, string file, string row)
    {
        var lesions = new Dictionary<string, LexiconChoice>(StringComparer.Ordinal);
        if (!element.TryGetProperty("lesions", out var value))
        {
            return lesions;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new CatalogLoadException(file, row, "« lesions » doit être un objet { lésion: { operated, notOperated } }");
        }

        foreach (var lesion in value.EnumerateObject())
        {
            var at = $"{row}.lesions.{lesion.Name}";
            if (lesion.Value.ValueKind != JsonValueKind.Object)
            {
                throw new CatalogLoadException(file, at, "un objet { operated, notOperated } est attendu");
            }

            Only(lesion.Value, file, at, "operated", "notOperated");
            var choice = new LexiconChoice(Optional(lesion.Value, "operated", file, at), Optional(lesion.Value, "notOperated", file, at));
            if (choice.Operated is null && choice.NotOperated is null)
            {
                throw new CatalogLoadException(file, at, "au moins un acte attendu");
            }

            lesions[lesion.Name] = choice;
        }

        return lesions;
    }

    private static IEnumerable<(JsonElement Element, int Index)> Items(JsonElement root, string name, string file) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select((e, i) => (e, i))
            : throw new CatalogLoadException(file, "racine", $"« {name} » absent ou n'est pas un tableau");

    private static void Only(JsonElement element, string file, string row, params string[] allowed)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                throw new CatalogLoadException(file, row, $"propriété inconnue « {property.Name} »");
            }
        }
    }

    private static string Text(JsonElement element, string name, string file, string row) =>
        Optional(element, name, file, row) ?? throw new CatalogLoadException(file, row, $"« {name} » absent");

    private static string? Optional(JsonElement element, string name, string file, string row)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : throw new CatalogLoadException(file, row, $"« {name} » doit être un texte non vide");
    }

    private static List<string> Texts(JsonElement element, string name, string file, string row)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw new CatalogLoadException(file, row, $"« {name} » doit être un tableau non vide de textes");
        }

        var texts = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            texts.Add(item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString())
                ? item.GetString()!
                : throw new CatalogLoadException(file, row, $"« {name} » doit être un tableau non vide de textes"));
        }

        return texts;
    }
}
