using Cotakine.Catalog;

namespace Cotakine.Search;

/// <summary>
/// The precomputed search structures of one catalog with one vocabulary: normalized stems of every act's label,
/// short label, key-letter meaning and article label with their weight and whether a negation covers them
/// (« non opérée », « hors référentiel »), the rarity (idf) of each stem, the codes of every period, and the acts in
/// force for each span of dates where nothing changes. Built once (the catalog is immutable); searching only reads it.
/// </summary>
internal sealed partial class SearchIndex
{
    internal const double LabelWeight = 1.0;
    internal const double LetterMeaningWeight = 0.5;
    internal const double ArticleWeight = 0.4;

    private readonly Act[] _acts;
    private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);
    private readonly Posting[][] _postings;
    private readonly double[] _idf;
    private readonly string[] _words;
    private readonly int[] _wordStems;
    private readonly (string Word, int Entry)[] _vocabularyWords;
    private readonly Dictionary<string, int> _phrases = new(StringComparer.Ordinal);
    private int _longestPhrase;
    private readonly Alternative[][] _entryAlternatives;
    private readonly HashSet<string> _letters = new(StringComparer.Ordinal);
    private readonly string[] _actLetters;
    private readonly double[] _lengthFactors;
    private readonly decimal[][] _actCoefficients;
    private readonly ActCode?[] _formerCodes;
    private readonly DateOnly[] _segmentStarts;
    private readonly ActVersion?[][] _segmentVersions;
    private readonly string?[][] _segmentCoefficientTexts;
    private readonly SearchVocabulary _vocabulary;

    /// <summary>Lexicon phrases longer than this many words are left to <see cref="ActSuggester"/>: each extra word of
    /// phrase length costs every query a longer lookup.</summary>
    private const int LongestLexiconPhrase = 3;

    /// <summary>Prefix of the one stem each act carries for the lexicon (never a typed word: it is not a letter).</summary>
    private const char ActStemMark = '\u0001';

    public SearchIndex(NgapCatalog catalog, SearchVocabulary vocabulary, PrescriptionLexicon? lexicon = null)
    {
        _vocabulary = vocabulary;
        _acts = [.. catalog.Acts];
        var letterMeanings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var keyLetter in catalog.KeyLetters)
        {
            letterMeanings[keyLetter.Letter] = keyLetter.Label;
            _letters.Add(keyLetter.Letter.ToLowerInvariant());
        }

        // Occurrences: stem → act → best weight when affirmed / when negated.
        var occurrences = new List<Dictionary<int, (double Positive, double Negative)>>();
        var words = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var tokens = new List<RawToken>();
        _actLetters = new string[_acts.Length];
        _lengthFactors = new double[_acts.Length];
        _actCoefficients = new decimal[_acts.Length][];
        _formerCodes = new ActCode?[_acts.Length];
        for (var a = 0; a < _acts.Length; a++)
        {
            var act = _acts[a];
            _actLetters[a] = act.Letter.ToLowerInvariant();
            _actCoefficients[a] = [.. act.Periods.Select(p => p.Coefficient)];
            _formerCodes[a] = ActCode.TryParse(act.FormerCode, out var former) ? former : null;
            // Among equal matches the act with the shorter label is the more general one (« kiné respi » → ARL 8.5). Only
            // affirmed words count: « non opérée » says what the act is not, so a query silent about surgery puts the
            // non-operated act before its operated twin (« entorse cheville » → RIM before RIC), and « opérée » typed
            // still puts RIC first.
            _lengthFactors[a] = 1.0 / (1.0 + (0.01 * IndexText(act.Label, a, LabelWeight)));
            IndexText(act.ShortLabel, a, LabelWeight);
            IndexText(act.ArticleLabel, a, ArticleWeight);
            if (letterMeanings.TryGetValue(act.Letter, out var meaning))
            {
                IndexText(meaning, a, LetterMeaningWeight);
            }

            // The act's own stem: what a lexicon entry (« clavicule » → VSM/VSC épaule) points to.
            _stems[ActStemMark + act.Id] = occurrences.Count;
            occurrences.Add(new Dictionary<int, (double Positive, double Negative)> { [a] = (LabelWeight, 0) });
        }

        _postings = new Posting[occurrences.Count][];
        _idf = new double[occurrences.Count];
        for (var s = 0; s < occurrences.Count; s++)
        {
            _postings[s] = [.. occurrences[s].OrderBy(o => o.Key).Select(o => new Posting(o.Key, o.Value.Positive, o.Value.Negative))];
            _idf[s] = Math.Log(1.0 + ((double)_acts.Length / _postings[s].Length));
        }

        _words = [.. words.Keys];
        _wordStems = [.. words.Values];

        var entryAlternatives = new Alternative[vocabulary.Entries.Count][];
        var vocabularyWords = new List<(string, int)>();
        for (var e = 0; e < vocabulary.Entries.Count; e++)
        {
            var entry = vocabulary.Entries[e];
            foreach (var term in entry.Terms)
            {
                var stems = SearchVocabulary.Stems(term, vocabulary.Stopwords, vocabulary.Negators, tokens);
                _phrases[string.Join(' ', stems)] = e;
                _longestPhrase = Math.Max(_longestPhrase, stems.Count);
                tokens.Clear();
                SearchText.Tokenize(term, tokens);
                if (tokens.Count == 1 && !tokens[0].IsNumber)
                {
                    vocabularyWords.Add((tokens[0].Text, e));
                }
            }

            entryAlternatives[e] =
            [
                .. entry.Expansions.Select(x => new Alternative(
                    [.. SearchVocabulary.Stems(x.Phrase, vocabulary.Stopwords, vocabulary.Negators, tokens).Select(StemId)],
                    entry.Weight * x.Weight)),
            ];
        }

        _vocabularyWords = [.. vocabularyWords];
        _entryAlternatives = lexicon is null ? entryAlternatives : [.. entryAlternatives, .. LexiconAlternatives(lexicon, vocabulary, entryAlternatives.Length, tokens)];

        // Spans of dates in which the set of acts in force and their codes do not change.
        var bounds = new SortedSet<DateOnly>();
        foreach (var act in _acts)
        {
            foreach (var period in act.Periods)
            {
                bounds.Add(period.Validity.From);
                if (period.Validity.To is { } to && to < DateOnly.MaxValue)
                {
                    bounds.Add(to.AddDays(1));
                }
            }
        }

        _segmentStarts = [.. bounds];
        _segmentVersions = new ActVersion?[_segmentStarts.Length][];
        _segmentCoefficientTexts = new string?[_segmentStarts.Length][];
        var position = new Dictionary<Act, int>(ReferenceEqualityComparer.Instance);
        for (var a = 0; a < _acts.Length; a++)
        {
            position[_acts[a]] = a;
        }

        for (var s = 0; s < _segmentStarts.Length; s++)
        {
            var versions = new ActVersion?[_acts.Length];
            var texts = new string?[_acts.Length];
            foreach (var version in catalog.InForce(_segmentStarts[s]))
            {
                var a = position[version.Act];
                versions[a] = version;
                texts[a] = ActCode.FormatCoefficient(version.Coefficient);
            }

            _segmentVersions[s] = versions;
            _segmentCoefficientTexts[s] = texts;
        }

        return;

        int StemId(string stem)
        {
            if (!_stems.TryGetValue(stem, out var id))
            {
                id = -1;
            }

            return id;
        }

        // Indexes the words of text for act; returns how many of them are affirmed (not under a negation).
        int IndexText(string text, int act, double weight)
        {
            tokens.Clear();
            SearchText.Tokenize(text, tokens);
            var negation = 0;
            var affirmed = 0;
            foreach (var token in tokens)
            {
                if (token.BreakBefore)
                {
                    negation = 0;
                }

                if (!token.IsNumber && vocabulary.Negators.TryGetValue(token.Text, out var scope))
                {
                    negation = scope;
                    continue;
                }

                if (!token.IsNumber && vocabulary.Stopwords.Contains(token.Text))
                {
                    continue;
                }

                var negated = negation > 0;
                if (negated)
                {
                    negation--;
                }
                else
                {
                    affirmed++;
                }

                var stem = token.IsNumber ? token.Text : SearchText.Stem(token.Text);
                if (!_stems.TryGetValue(stem, out var id))
                {
                    id = occurrences.Count;
                    _stems[stem] = id;
                    occurrences.Add([]);
                }

                if (!token.IsNumber)
                {
                    words[token.Text] = id;
                }

                var byAct = occurrences[id];
                var (positive, negative) = byAct.GetValueOrDefault(act);
                byAct[act] = negated ? (positive, Math.Max(negative, weight)) : (Math.Max(positive, weight), negative);
            }

            return affirmed;
        }
    }

    /// <summary>
    /// The lexicon's entries as search alternatives (after the vocabulary's, which wins on a shared term): anatomy,
    /// indications and pathologies point to their acts' own stems — the non-operated act first, the operated one just
    /// below, so that « opérée » typed tips the balance —, surgery words to « opéré » / « chirurgie ». Returns the
    /// alternatives of each entry kept; registers its terms as phrases.
    /// </summary>
    private List<Alternative[]> LexiconAlternatives(PrescriptionLexicon lexicon, SearchVocabulary vocabulary, int firstEntry, List<RawToken> tokens)
    {
        var segments = lexicon.Segments.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Alternative[] operated = [.. new[] { "opéré", "chirurgie" }.Select(w => new Alternative([.. SearchVocabulary.Stems(w, vocabulary.Stopwords, vocabulary.Negators, tokens).Select(s => _stems.GetValueOrDefault(s, -1))], 1.0))];
        var result = new List<Alternative[]>();
        var alternatives = new List<Alternative>();
        foreach (var entry in lexicon.Entries)
        {
            alternatives.Clear();
            switch (entry.Kind)
            {
                case LexiconKind.Segment:
                    Choice(segments[entry.Segment!].Acts, surgery: false);
                    break;
                case LexiconKind.Indication:
                    Choice(entry.Acts!, entry.Surgery);
                    break;
                case LexiconKind.Pathology:
                    for (var i = 0; i < entry.PathologyActs.Count; i++)
                    {
                        Act(entry.PathologyActs[i], 1.0 - (0.1 * i));
                    }

                    break;
                case LexiconKind.Surgery:
                    alternatives.AddRange(operated);
                    if (entry.Segment is not null)
                    {
                        Choice(segments[entry.Segment].Acts, surgery: true);
                    }

                    break;
            }

            if (alternatives.Count == 0)
            {
                continue;
            }

            var index = firstEntry + result.Count;
            result.Add([.. alternatives]);
            foreach (var term in entry.Terms)
            {
                var stems = SearchVocabulary.Stems(term, vocabulary.Stopwords, vocabulary.Negators, tokens);
                if (stems.Count is 0 or > LongestLexiconPhrase || stems.Any(s => s == "¬" || char.IsAsciiDigit(s[0])))
                {
                    continue;
                }

                if (_phrases.TryAdd(string.Join(' ', stems), index))
                {
                    _longestPhrase = Math.Max(_longestPhrase, stems.Count);
                }
            }
        }

        return result;

        void Choice(LexiconChoice choice, bool surgery)
        {
            var (first, second) = surgery ? (choice.Operated, choice.NotOperated) : (choice.NotOperated, choice.Operated);
            Act(first ?? second, 1.0);
            if (first is not null && second is not null)
            {
                Act(second, 0.95);
            }
        }

        void Act(string? id, double weight)
        {
            if (id is not null && _stems.TryGetValue(ActStemMark + id, out var stem))
            {
                alternatives.Add(new Alternative([stem], weight));
            }
        }
    }

    /// <summary>Number of acts indexed (current and former).</summary>
    public int ActCount => _acts.Length;

    /// <summary>Expansion words of the vocabulary that no act contains (they can never match: a vocabulary error).</summary>
    public IReadOnlyList<string> DeadExpansions()
    {
        var dead = new List<string>();
        var tokens = new List<RawToken>();
        foreach (var entry in _vocabulary.Entries)
        {
            foreach (var expansion in entry.Expansions)
            {
                foreach (var stem in SearchVocabulary.Stems(expansion.Phrase, _vocabulary.Stopwords, _vocabulary.Negators, tokens))
                {
                    if (!_stems.ContainsKey(stem))
                    {
                        dead.Add($"{expansion.Phrase} ({stem})");
                    }
                }
            }
        }

        return dead;
    }

    /// <summary>An act containing a stem, with the best field weight where it is affirmed and where it is negated (0 when never).</summary>
    private readonly record struct Posting(int Act, double Positive, double Negative);

    /// <summary>
    /// A phrase whose stems must all be found in an act, and how much a match counts. <see cref="Magnitude"/>, when set,
    /// is the rarity of the word actually typed: a synonym then counts at most as much as the word itself
    /// (« épaule » → « humérus » must not outweigh « épaule »).
    /// </summary>
    private readonly record struct Alternative(int[] Stems, double Weight, double Magnitude = 0);
}
