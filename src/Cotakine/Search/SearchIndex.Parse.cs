namespace Cotakine.Search;

/// <summary>Reading a query: negations, codes, vocabulary phrases, then typos and prefixes for unknown words.</summary>
internal sealed partial class SearchIndex
{
    private enum UnitKind
    {
        Text,
        Code,
        Letter,
        Number,
    }

    private List<QueryUnit> Parse(string query)
    {
        var tokens = t_tokens ??= [];
        var content = t_content ??= [];
        tokens.Clear();
        content.Clear();
        SearchText.Tokenize(query, tokens);
        var negation = 0;
        foreach (var token in tokens)
        {
            if (token.BreakBefore)
            {
                negation = 0;
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

            content.Add((token, negation > 0));
            if (negation > 0)
            {
                negation--;
            }
        }

        var units = new List<QueryUnit>(content.Count);
        var i = 0;
        while (i < content.Count)
        {
            var (token, negated) = content[i];
            if (token.IsNumber)
            {
                var unit = new QueryUnit(UnitKind.Number, negated) { Number = token.Number, NumberText = token.Text };
                AddLiteral(unit, token.Text);
                units.Add(unit);
                i++;
                continue;
            }

            if (_letters.Contains(token.Text))
            {
                if (i + 1 < content.Count && content[i + 1].Token.IsNumber)
                {
                    var next = content[i + 1].Token;
                    units.Add(new QueryUnit(UnitKind.Code, false) { Letter = token.Text, Number = next.Number, NumberText = next.Text });
                    i += 2;
                }
                else
                {
                    units.Add(new QueryUnit(UnitKind.Letter, false) { Letter = token.Text });
                    i++;
                }

                continue;
            }

            var length = MatchPhrase(content, i, out var entry);
            if (length > 0)
            {
                var unit = new QueryUnit(UnitKind.Text, negated);
                var stems = new int[length];
                for (var k = 0; k < length; k++)
                {
                    var word = content[i + k].Token;
                    stems[k] = _stems.GetValueOrDefault(word.IsNumber ? word.Text : SearchText.Stem(word.Text), -1);
                }

                var literal = new Alternative(stems, 1.0);
                unit.Alternatives.Add(literal);
                var magnitude = Array.IndexOf(stems, -1) < 0 ? MeanIdf(stems) : 0;
                foreach (var alternative in _entryAlternatives[entry])
                {
                    unit.Alternatives.Add(alternative with { Magnitude = magnitude });
                }
                units.Add(unit);
                i += length;
                continue;
            }

            var text = new QueryUnit(UnitKind.Text, negated);
            if (!AddLiteral(text, SearchText.Stem(token.Text)))
            {
                AddApproximate(text, token.Text);
            }

            units.Add(text);
            i++;
        }

        return units;
    }

    private double MeanIdf(int[] stems)
    {
        var sum = 0.0;
        foreach (var stem in stems)
        {
            sum += _idf[stem];
        }

        return sum / stems.Length;
    }

    private bool AddLiteral(QueryUnit unit, string stem)
    {
        if (!_stems.TryGetValue(stem, out var id))
        {
            return false;
        }

        unit.Alternatives.Add(new Alternative([id], 1.0));
        return true;
    }

    /// <summary>The longest vocabulary phrase starting at <paramref name="start"/> (0 when none).</summary>
    private int MatchPhrase(List<(RawToken Token, bool Negated)> content, int start, out int entry)
    {
        var longest = Math.Min(_longestPhrase, content.Count - start);
        for (var length = longest; length >= 1; length--)
        {
            var key = length == 1 ? StemOf(content[start].Token) : Join(content, start, length);
            if (_phrases.TryGetValue(key, out entry))
            {
                return length;
            }
        }

        entry = -1;
        return 0;

        static string StemOf(RawToken token) => token.IsNumber ? token.Text : SearchText.Stem(token.Text);

        static string Join(List<(RawToken Token, bool Negated)> content, int start, int length)
        {
            var parts = new string[length];
            for (var k = 0; k < length; k++)
            {
                parts[k] = StemOf(content[start + k].Token);
            }

            return string.Join(' ', parts);
        }
    }

    /// <summary>A word found neither in the acts nor in the vocabulary: small typos (1 edit from 4 letters, 2 from 8) and prefixes.</summary>
    private void AddApproximate(QueryUnit unit, string word)
    {
        if (word.Length >= 4)
        {
            var max = word.Length >= 8 ? 2 : 1;
            var bestDistance = max + 1;
            foreach (var (candidate, _) in _vocabularyWords)
            {
                bestDistance = Math.Min(bestDistance, EditDistance.Within(word, candidate, Math.Min(max, bestDistance)));
            }

            foreach (var candidate in _words)
            {
                bestDistance = Math.Min(bestDistance, EditDistance.Within(word, candidate, Math.Min(max, bestDistance)));
            }

            if (bestDistance <= max)
            {
                var factor = bestDistance == 1 ? OneTypoFactor : TwoTyposFactor;
                foreach (var (candidate, entry) in _vocabularyWords)
                {
                    if (EditDistance.Within(word, candidate, bestDistance) == bestDistance)
                    {
                        AddLiteral(unit, SearchText.Stem(candidate), factor);
                        foreach (var alternative in _entryAlternatives[entry])
                        {
                            unit.Alternatives.Add(alternative with { Weight = alternative.Weight * factor });
                        }
                    }
                }

                for (var w = 0; w < _words.Length; w++)
                {
                    if (EditDistance.Within(word, _words[w], bestDistance) == bestDistance)
                    {
                        unit.Alternatives.Add(new Alternative([_wordStems[w]], factor));
                    }
                }
            }
        }

        if (word.Length >= 3)
        {
            var from = Array.BinarySearch(_words, word, StringComparer.Ordinal);
            from = from >= 0 ? from + 1 : ~from;
            var added = 0;
            for (var w = from; w < _words.Length && added < MaxPrefixStems && _words[w].StartsWith(word, StringComparison.Ordinal); w++)
            {
                unit.Alternatives.Add(new Alternative([_wordStems[w]], PrefixFactor));
                added++;
            }
        }
    }

    private void AddLiteral(QueryUnit unit, string stem, double weight)
    {
        if (_stems.TryGetValue(stem, out var id))
        {
            unit.Alternatives.Add(new Alternative([id], weight));
        }
    }

    /// <summary>One thing the kiné typed: a word or phrase (with its alternatives), a code, a key letter or a number.</summary>
    private sealed class QueryUnit(UnitKind kind, bool negated)
    {
        public UnitKind Kind { get; } = kind;

        public bool Negated { get; } = negated;

        public List<Alternative> Alternatives { get; } = [];

        public string Letter { get; init; } = "";

        public decimal Number { get; init; }

        public string NumberText { get; init; } = "";
    }
}
