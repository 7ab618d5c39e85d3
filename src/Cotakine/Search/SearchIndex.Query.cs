using Cotakine.Catalog;

namespace Cotakine.Search;

/// <summary>Query side of the index: reading what was typed into units, then scoring every act in force.</summary>
internal sealed partial class SearchIndex
{
    // A negated word of the query meeting the same word affirmed in an act (or the reverse) costs this share of a match:
    // « épaule non opérée » pushes « épaule opérée » (VSC) below « épaule non opérée » (VSM).
    private const double ConflictFactor = 0.6;
    private const double OneTypoFactor = 0.8;
    private const double TwoTyposFactor = 0.65;
    private const double PrefixFactor = 0.75;
    private const int MaxPrefixStems = 24;

    // Code scores are on the scale of word scores (idf ≤ ln(1 + acts) ≈ 4.8): a full code wins over any word.
    private const double CodeInForce = 12;
    private const double CodeOtherPeriod = 10;
    private const double CodeFormer = 6;
    private const double CodeLetterAndPrefix = 5;
    private const double CodeLetterOnly = 2.5;
    private const double CodeNumberOnly = 2;
    private const double LetterAlone = 3;
    private const double NumberInForce = 4;
    private const double NumberOtherPeriod = 3;
    private const double NumberPrefix = 1.5;

    // Acts scoring under this share of the best are noise (a stray common word) and are left out.
    private const double RelativeFloor = 0.15;

    [ThreadStatic]
    private static List<RawToken>? t_tokens;

    [ThreadStatic]
    private static List<(RawToken Token, bool Negated)>? t_content;

    public IReadOnlyList<ActSearchResult> Search(string query, DateOnly date, int limit)
    {
        var segment = SegmentOf(date);
        if (segment < 0)
        {
            return [];
        }

        var units = Parse(query);
        if (units.Count == 0)
        {
            return [];
        }

        var versions = _segmentVersions[segment];
        var coefficientTexts = _segmentCoefficientTexts[segment];
        var n = _acts.Length;
        var rented = n > 256 ? new double[n * 4] : null;
        var buffer = rented is null ? stackalloc double[n * 4] : rented;
        buffer.Clear();
        var total = buffer[..n];
        var best = buffer.Slice(n, n);
        var worst = buffer.Slice(2 * n, n);
        var alt = buffer.Slice(3 * n, n);
        Span<int> matched = n > 256 ? new int[n] : stackalloc int[n];
        matched.Clear();

        foreach (var unit in units)
        {
            best.Clear();
            worst.Clear();
            switch (unit.Kind)
            {
                case UnitKind.Code:
                    ScoreCode(unit, versions, coefficientTexts, best);
                    break;
                case UnitKind.Letter:
                    for (var a = 0; a < n; a++)
                    {
                        if (versions[a] is not null && _actLetters[a] == unit.Letter)
                        {
                            best[a] = LetterAlone;
                        }
                    }

                    break;
                case UnitKind.Number:
                    ScoreNumber(unit, versions, coefficientTexts, best);
                    break;
            }

            foreach (var alternative in unit.Alternatives)
            {
                ScoreAlternative(alternative, unit.Negated, alt);
                for (var a = 0; a < n; a++)
                {
                    var value = alt[a];
                    if (value > best[a])
                    {
                        best[a] = value;
                    }
                    else if (value < worst[a])
                    {
                        worst[a] = value;
                    }
                }
            }

            for (var a = 0; a < n; a++)
            {
                if (best[a] > 0)
                {
                    total[a] += best[a];
                    matched[a]++;
                }
                else
                {
                    total[a] += worst[a];
                }
            }
        }

        var top = Math.Min(limit, n);
        Span<int> order = top <= 256 ? stackalloc int[top] : new int[top];
        Span<double> scores = top <= 256 ? stackalloc double[top] : new double[top];
        var count = 0;
        var highest = 0.0;
        for (var a = 0; a < n; a++)
        {
            if (versions[a] is null || total[a] <= 0)
            {
                continue;
            }

            var score = total[a] * (0.5 + (0.5 * matched[a] / units.Count)) * _lengthFactors[a];
            total[a] = score;
            highest = Math.Max(highest, score);
        }

        for (var a = 0; a < n; a++)
        {
            var score = total[a];
            if (versions[a] is null || score <= 0 || score < highest * RelativeFloor)
            {
                continue;
            }

            // Insertion into the top list: score descending, then catalog order (deterministic).
            var position = count;
            while (position > 0 && scores[position - 1] < score)
            {
                position--;
            }

            if (position >= top)
            {
                continue;
            }

            var last = Math.Min(count, top - 1);
            for (var k = last; k > position; k--)
            {
                order[k] = order[k - 1];
                scores[k] = scores[k - 1];
            }

            order[position] = a;
            scores[position] = score;
            count = Math.Min(count + 1, top);
        }

        var results = new ActSearchResult[count];
        for (var k = 0; k < count; k++)
        {
            results[k] = new ActSearchResult(versions[order[k]]!, Math.Round(scores[k], 6));
        }

        return results;
    }

    private int SegmentOf(DateOnly date)
    {
        var index = Array.BinarySearch(_segmentStarts, date);
        return index >= 0 ? index : ~index - 1;
    }

    private void ScoreAlternative(Alternative alternative, bool negated, Span<double> scores)
    {
        scores.Clear();
        var stems = alternative.Stems;
        var factor = alternative.Weight / stems.Length;
        if (alternative.Magnitude > 0)
        {
            // Share of the phrase's rarity found, times the rarity of the phrase capped by that of the word typed.
            var sum = 0.0;
            foreach (var stem in stems)
            {
                sum += stem < 0 ? 1 : _idf[stem];
            }

            factor = alternative.Weight * Math.Min(alternative.Magnitude, sum / stems.Length) / sum;
        }

        foreach (var stem in stems)
        {
            if (stem < 0)
            {
                continue;
            }

            var weight = _idf[stem] * factor;
            foreach (var posting in _postings[stem])
            {
                var same = negated ? posting.Negative : posting.Positive;
                var opposite = negated ? posting.Positive : posting.Negative;
                scores[posting.Act] += same > 0 ? weight * same : -weight * opposite * ConflictFactor;
            }
        }
    }

    private void ScoreCode(QueryUnit unit, ActVersion?[] versions, string?[] coefficientTexts, Span<double> scores)
    {
        for (var a = 0; a < versions.Length; a++)
        {
            var version = versions[a];
            if (version is null)
            {
                continue;
            }

            var sameLetter = _actLetters[a] == unit.Letter;
            double score = 0;
            if (sameLetter && version.Coefficient == unit.Number)
            {
                score = CodeInForce;
            }
            else if (sameLetter && Array.IndexOf(_actCoefficients[a], unit.Number) >= 0)
            {
                score = CodeOtherPeriod;
            }
            else if (_formerCodes[a] is { } former && former.Coefficient == unit.Number
                     && string.Equals(former.Letter, unit.Letter, StringComparison.OrdinalIgnoreCase))
            {
                score = CodeFormer;
            }
            else if (sameLetter && coefficientTexts[a]!.StartsWith(unit.NumberText, StringComparison.Ordinal))
            {
                score = CodeLetterAndPrefix;
            }
            else if (sameLetter)
            {
                score = CodeLetterOnly;
            }
            else if (version.Coefficient == unit.Number)
            {
                score = CodeNumberOnly;
            }

            scores[a] = score;
        }
    }

    private void ScoreNumber(QueryUnit unit, ActVersion?[] versions, string?[] coefficientTexts, Span<double> scores)
    {
        for (var a = 0; a < versions.Length; a++)
        {
            var version = versions[a];
            if (version is null)
            {
                continue;
            }

            if (version.Coefficient == unit.Number)
            {
                scores[a] = NumberInForce;
            }
            else if (Array.IndexOf(_actCoefficients[a], unit.Number) >= 0)
            {
                scores[a] = NumberOtherPeriod;
            }
            else if (coefficientTexts[a]!.StartsWith(unit.NumberText, StringComparison.Ordinal))
            {
                scores[a] = NumberPrefix;
            }
        }
    }
}
