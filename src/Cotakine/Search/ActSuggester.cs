using System.Runtime.CompilerServices;
using Cotakine.Catalog;
using Cotakine.Catalog.Loading;

namespace Cotakine.Search;

/// <summary>
/// Reads the indication of a prescription as written (« rééducation après ostéosynthèse fracture clavicule gauche ») and
/// proposes the acts in force that fit, best first, each with the words that led to it. The reading is the
/// <see cref="PrescriptionLexicon"/> (data): anatomy gives the NGAP segment and limb, surgery words « opéré », lesions and
/// indications their own act (référentiels), pathologies their NGAP article; several territories give TER, laterality
/// is ignored. When the lexicon reads nothing in the text, it falls back to <see cref="ActSearch"/> on the text, each
/// result naming the words of the text found in its label.
/// </summary>
/// <remarks>
/// Ranking, in order: pathology acts (they name the article), TER when several territories are named (one cotation
/// covers them all), indications and lesions of a named structure (référentiel acts), then the acts of the segments
/// (several segments of one limb or of the rachis → the
/// « plusieurs segments » act), the other operated/non-operated variant of each. Without a word
/// about surgery, the non-operated act comes first. Built once per catalog; thread-safe.
/// </remarks>
public sealed class ActSuggester
{
    private const double PathologyScore = 100;
    private const double IndicationScore = 97;
    private const double StructureLesionScore = 96;
    private const double SeveralScore = 90;
    private const double SeveralTerritoriesScore = 98;
    private const double SegmentScore = 85;
    private const double LesionScore = 80;
    private const double PartScore = 60;
    private const double AlternateScore = 55;
    private const double SearchScore = 20;
    private const int MaxPhrase = 6;

    private static readonly ConditionalWeakTable<NgapCatalog, ActSuggester> PerCatalog = [];

    private readonly NgapCatalog _catalog;
    private readonly PrescriptionLexicon _lexicon;
    private readonly SearchVocabulary _vocabulary;
    private readonly ActSearch _search;
    private readonly Dictionary<string, (int Entry, string Term)> _phrases = new(StringComparer.Ordinal);
    private readonly List<(string Key, int Entry, string Term)> _words = [];
    private readonly Dictionary<string, LexiconSegment> _segments;
    private readonly Dictionary<string, LexiconSegment> _territories;

    /// <summary>Suggests with the shipped lexicon and vocabulary.</summary>
    public ActSuggester(NgapCatalog catalog)
        : this(catalog, PrescriptionLexicon.Embedded, SearchVocabulary.Embedded)
    {
    }

    /// <summary>Suggests with another lexicon (e.g. one being edited); fails naming the row of an act id the catalog lacks.</summary>
    public ActSuggester(NgapCatalog catalog, PrescriptionLexicon lexicon, SearchVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(vocabulary);
        _catalog = catalog;
        _lexicon = lexicon;
        _vocabulary = vocabulary;
        _search = new ActSearch(catalog);
        foreach (var (id, row) in lexicon.ActIds())
        {
            if (catalog.FindAct(id) is null)
            {
                throw new CatalogLoadException(PrescriptionLexicon.FileName, row, $"acte inconnu « {id} » (identifiants de data/ngap)");
            }
        }

        _segments = lexicon.Segments.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _territories = lexicon.Territories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        for (var e = 0; e < lexicon.Entries.Count; e++)
        {
            foreach (var term in lexicon.Entries[e].Terms)
            {
                var words = Words(term);
                if (words.Count == 0 || words.Any(w => w.Negated))
                {
                    throw new CatalogLoadException(PrescriptionLexicon.FileName, $"entries[{e}] ({term})", "terme vide une fois normalisé, ou qui contient une négation");
                }

                var key = string.Join(' ', words.Select(w => w.Stem));
                if (_phrases.TryGetValue(key, out var owner) && owner.Entry != e)
                {
                    throw new CatalogLoadException(PrescriptionLexicon.FileName, $"entries[{e}] ({term})", $"terme déjà défini par entries[{owner.Entry}] ({owner.Term})");
                }

                _phrases.TryAdd(key, (e, term));
                if (words.Count == 1 && key.Length >= 4)
                {
                    _words.Add((key, e, term));
                }
            }
        }
    }

    /// <summary>The suggester of <paramref name="catalog"/> with the shipped data, built on first use.</summary>
    public static ActSuggester For(NgapCatalog catalog) => PerCatalog.GetValue(catalog, c => new ActSuggester(c));

    /// <summary>
    /// Acts in force on <paramref name="date"/> that fit <paramref name="text"/>, best first, at most
    /// <paramref name="limit"/>; empty when nothing fits.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is below 1 (adapters validate it first).</exception>
    public IReadOnlyList<ActSuggestion> Suggest(string text, DateOnly date, int limit = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var reading = Read(text);
        var ranking = new Ranking(_catalog, date);
        Rank(reading, ranking);
        if (ranking.Count == 0)
        {
            var content = Words(text).Where(w => !w.Negated).Select(w => (w.Stem, w.Text)).ToList();
            var rank = 0;
            foreach (var result in _search.Search(text, date, limit))
            {
                var label = Words(result.Version.Act.Label).Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
                var shared = content.Where(w => label.Contains(w.Stem)).Select(w => w.Text).Distinct().ToList();
                if (shared.Count > 0)
                {
                    ranking.Add(result.Version.Act.Id, SearchScore - (0.01 * rank++), $"libellé: {string.Join(", ", shared)}");
                }
            }
        }

        return ranking.Top(limit);
    }

    private void Rank(Reading reading, Ranking ranking)
    {
        var operated = reading.Operated;
        string? surgeryReason = operated switch
        {
            true => $"opéré: {reading.OperatedWord}",
            false => $"non opéré: {reading.OperatedWord}",
            _ => null,
        };
        var territories = reading.Segments.Select(s => _segments[s.Id].Territory!).Distinct().ToList();
        var severalTerritories = territories.Count >= 2 || (reading.Bilateral is not null && territories.Any(t => t != "rachis"));

        foreach (var (entry, term) in reading.Pathologies)
        {
            var acts = entry.PathologyActs.ToList();
            if (entry.Several is { } several && (severalTerritories || reading.Bilateral is not null))
            {
                acts.Remove(several);
                acts.Insert(0, several);
            }

            for (var i = 0; i < acts.Count; i++)
            {
                ranking.Add(acts[i], PathologyScore - (4 * i), $"article: {entry.Label} ({term})");
            }
        }

        foreach (var (entry, term) in reading.Indications)
        {
            Choose(ranking, entry.Acts!, IndicationScore, $"indication: {entry.Label} ({term})", entry.Surgery ? $"opéré: {term}" : surgeryReason, entry.Surgery ? true : operated);
        }

        foreach (var (entry, term) in reading.StructureLesions)
        {
            foreach (var (lesion, lesionWord) in reading.Lesions)
            {
                if (entry.Lesions.TryGetValue(lesion, out var choice))
                {
                    Choose(ranking, choice, StructureLesionScore, $"{lesionWord}: {term}", surgeryReason, operated);
                }
            }
        }

        if (severalTerritories)
        {
            var several = _lexicon.SeveralTerritories;
            var names = string.Join(", ", reading.Segments.Select(s => $"{_segments[s.Id].Label} ({s.Term})"));
            var because = reading.Bilateral is not null && territories.Count < 2 ? $"plusieurs territoires: {names}, {reading.Bilateral}" : $"plusieurs territoires: {names}";
            PlaceLesions(ranking, several, reading, SeveralTerritoriesScore + 1, because, surgeryReason, operated);
            Choose(ranking, several.Acts, SeveralTerritoriesScore, because, surgeryReason, operated);
        }

        var byTerritory = reading.Segments.GroupBy(s => _segments[s.Id].Territory!);
        foreach (var group in byTerritory)
        {
            var parts = group.ToList();
            if (parts.Count >= 2)
            {
                var territory = _territories[group.Key];
                var because = $"plusieurs segments du {territory.Label}: {string.Join(", ", parts.Select(p => $"{_segments[p.Id].Label} ({p.Term})"))}";
                PlaceLesions(ranking, territory, reading, StructureLesionScore, because, surgeryReason, operated);
                Choose(ranking, territory.Acts, severalTerritories ? PartScore : SeveralScore, because, surgeryReason, operated);
            }

            foreach (var part in parts)
            {
                var segment = _segments[part.Id];
                var because = $"segment: {segment.Label} ({part.Term})";
                PlaceLesions(ranking, segment, reading, StructureLesionScore, because, surgeryReason, operated);
                Choose(ranking, segment.Acts, severalTerritories || parts.Count >= 2 ? PartScore : SegmentScore, because, surgeryReason, operated);
            }
        }

        foreach (var (entry, term) in reading.LesionEntries)
        {
            for (var i = 0; i < entry.PathologyActs.Count; i++)
            {
                ranking.Add(entry.PathologyActs[i], LesionScore - (4 * i), $"lésion: {term}");
            }
        }
    }

    private static void PlaceLesions(Ranking ranking, LexiconSegment place, Reading reading, double score, string because, string? surgeryReason, bool? operated)
    {
        foreach (var (lesion, word) in reading.Lesions)
        {
            if (place.Lesions.TryGetValue(lesion, out var choice))
            {
                Choose(ranking, choice, score, $"{because}, {word}", surgeryReason, operated);
            }
        }
    }

    /// <summary>Adds the act that fits the surgery status first, the other variant lower (the reading may be wrong).</summary>
    private static void Choose(Ranking ranking, LexiconChoice choice, double score, string because, string? surgeryReason, bool? operated)
    {
        var (first, second, secondReason) = operated == true
            ? (choice.Operated ?? choice.NotOperated, choice.Operated is null ? null : choice.NotOperated, "autre possibilité: non opéré")
            : (choice.NotOperated ?? choice.Operated, choice.NotOperated is null ? null : choice.Operated, "autre possibilité: opéré");
        if (first is not null)
        {
            if (surgeryReason is not null && choice.Operated is not null && choice.NotOperated is not null)
            {
                ranking.Add(first, score, because, surgeryReason);
            }
            else
            {
                ranking.Add(first, score, because);
            }
        }

        if (second is not null && second != first)
        {
            ranking.Add(second, Math.Min(score, AlternateScore + ((score - PartScore) / 10)), because, secondReason);
        }
    }

    private Reading Read(string text)
    {
        var words = Words(text);
        var reading = new Reading();
        var i = 0;
        while (i < words.Count)
        {
            var (length, entryIndex, term) = Match(words, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            var negated = words[i].Negated;
            var entry = _lexicon.Entries[entryIndex];
            switch (entry.Kind)
            {
                case LexiconKind.Segment:
                    reading.AddSegment(entry.Segment!, term);
                    if (entry.Lesions.Count > 0)
                    {
                        reading.StructureLesions.Add((entry, term));
                    }

                    break;
                case LexiconKind.Surgery when negated:
                    reading.SetOperated(false, $"non {term}");
                    break;
                case LexiconKind.Surgery:
                    reading.SetOperated(true, term);
                    if (entry.Segment is not null)
                    {
                        reading.AddSegment(entry.Segment, term);
                    }

                    break;
                case LexiconKind.Conservative when !negated:
                    reading.SetOperated(false, term);
                    break;
                case LexiconKind.Bilateral:
                    reading.Bilateral ??= term;
                    if (entry.Segment is not null)
                    {
                        reading.AddSegment(entry.Segment, term);
                    }

                    break;
                case LexiconKind.Lesion:
                    reading.Lesions.Add((entry.Lesion!, term));
                    if (entry.PathologyActs.Count > 0)
                    {
                        reading.LesionEntries.Add((entry, term));
                    }

                    break;
                case LexiconKind.Indication:
                    reading.Indications.Add((entry, term));
                    if (entry.Segment is not null)
                    {
                        reading.AddSegment(entry.Segment, term);
                    }

                    if (entry.Surgery && !negated)
                    {
                        reading.SetOperated(true, term);
                    }

                    break;
                case LexiconKind.Pathology:
                    reading.Pathologies.Add((entry, term));
                    break;
            }

            i += length;
        }

        // A lesion with its own acts is only a fallback when a structure or a segment says where it is.
        reading.LesionEntries.RemoveAll(l => reading.Segments.Any(s => _segments[s.Id].Lesions.ContainsKey(l.Entry.Lesion!)));

        return reading;
    }

    /// <summary>The longest lexicon phrase at <paramref name="start"/>, else a single word by prefix or small typo.</summary>
    private (int Length, int Entry, string Term) Match(List<Word> words, int start)
    {
        var longest = Math.Min(MaxPhrase, words.Count - start);
        for (var length = longest; length >= 1; length--)
        {
            var key = length == 1 ? words[start].Stem : string.Join(' ', words.Skip(start).Take(length).Select(w => w.Stem));
            if (_phrases.TryGetValue(key, out var found))
            {
                return (length, found.Entry, found.Term);
            }
        }

        var word = words[start].Stem;
        if (word.Length < 5 || words[start].IsNumber)
        {
            return (0, -1, "");
        }

        // « parkinsonien » → « parkinson », « cervicalgique » → « cervical »: a known word of five letters or more that starts it.
        var best = (Distance: int.MaxValue, Entry: -1, Term: "", KeyLength: 0);
        foreach (var (key, entry, term) in _words)
        {
            if (key.Length >= 5 && word.Length > key.Length && word.StartsWith(key, StringComparison.Ordinal) && key.Length > best.KeyLength && best.Distance > 0)
            {
                best = (0, entry, term, key.Length);
            }
        }

        if (best.Entry >= 0)
        {
            return (1, best.Entry, best.Term);
        }

        var max = word.Length >= 8 ? 2 : 1;
        foreach (var (key, entry, term) in _words)
        {
            if (key.Length < 5)
            {
                continue;
            }

            var distance = EditDistance.Within(word, key, Math.Min(max, best.Distance - 1));
            if (distance <= max && distance < best.Distance)
            {
                best = (distance, entry, term, key.Length);
            }
        }

        return best.Entry >= 0 ? (1, best.Entry, best.Term) : (0, -1, "");
    }

    /// <summary>Normalized words of a text: stopwords dropped, negations marked on the words they cover, « L4 » kept as one word.</summary>
    private List<Word> Words(string text)
    {
        var tokens = new List<RawToken>();
        SearchText.Tokenize(text, tokens);
        var words = new List<Word>(tokens.Count);
        var negation = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.BreakBefore)
            {
                negation = 0;
            }

            // A vertebra: « L4 », « C5-C6 », « D12 » are tokenized as a letter and a number.
            if (!token.IsNumber && token.Text.Length == 1 && "cdtls".Contains(token.Text[0], StringComparison.Ordinal)
                && t + 1 < tokens.Count && tokens[t + 1].IsNumber && !tokens[t + 1].BreakBefore && tokens[t + 1].Number is >= 1 and <= 12 && decimal.Truncate(tokens[t + 1].Number) == tokens[t + 1].Number)
            {
                var vertebra = token.Text + tokens[t + 1].Text;
                words.Add(new Word(vertebra, vertebra, false, negation-- > 0));
                t++;
                continue;
            }

            if (!token.IsNumber && _vocabulary.Negators.TryGetValue(token.Text, out var scope))
            {
                negation = scope;
                continue;
            }

            if (!token.IsNumber && _vocabulary.Stopwords.Contains(token.Text))
            {
                continue;
            }

            words.Add(new Word(token.IsNumber ? token.Text : SearchText.Stem(token.Text), token.Text, token.IsNumber, negation > 0));
            if (negation > 0)
            {
                negation--;
            }
        }

        return words;
    }

    private readonly record struct Word(string Stem, string Text, bool IsNumber, bool Negated);

    /// <summary>What the lexicon read in a prescription.</summary>
    private sealed class Reading
    {
        public List<(string Id, string Term)> Segments { get; } = [];

        public bool? Operated { get; private set; }

        public string? OperatedWord { get; private set; }

        public string? Bilateral { get; set; }

        public List<(string Lesion, string Term)> Lesions { get; } = [];

        public List<(LexiconEntry Entry, string Term)> LesionEntries { get; } = [];

        public List<(LexiconEntry Entry, string Term)> StructureLesions { get; } = [];

        public List<(LexiconEntry Entry, string Term)> Indications { get; } = [];

        public List<(LexiconEntry Entry, string Term)> Pathologies { get; } = [];

        public void AddSegment(string id, string term)
        {
            if (Segments.All(s => s.Id != id))
            {
                Segments.Add((id, term));
            }
        }

        /// <summary>An operation named wins over a word of conservative treatment (« plâtre puis ostéosynthèse »).</summary>
        public void SetOperated(bool operated, string word)
        {
            if (Operated is null || (operated && Operated == false))
            {
                Operated = operated;
                OperatedWord = word;
            }
        }
    }

    /// <summary>Candidate acts in force on the date, each with its best score and every reason that named it.</summary>
    private sealed class Ranking(NgapCatalog catalog, DateOnly date)
    {
        private readonly List<(ActVersion Version, double Score, List<string> Because, int Order)> _items = [];

        public int Count => _items.Count;

        public void Add(string actId, double score, params string[] because)
        {
            var version = catalog.FindAct(actId)?.On(date);
            if (version is null)
            {
                return;
            }

            var index = _items.FindIndex(i => ReferenceEquals(i.Version.Act, version.Act));
            if (index < 0)
            {
                _items.Add((version, score, [.. because], _items.Count));
                return;
            }

            var item = _items[index];
            foreach (var reason in because)
            {
                if (!item.Because.Contains(reason))
                {
                    item.Because.Add(reason);
                }
            }

            _items[index] = item with { Score = Math.Max(item.Score, score) };
        }

        public IReadOnlyList<ActSuggestion> Top(int limit) =>
        [
            .. _items.OrderByDescending(i => i.Score).ThenBy(i => i.Order).Take(limit)
                .Select(i => new ActSuggestion(i.Version, i.Score, i.Because)),
        ];
    }
}
