using System.Globalization;
using Cotakine.Catalog;

namespace Cotakine.Search;

/// <summary>
/// Turns text (an NGAP label or what a kiné types) into comparable tokens: lower case, no accents, œ → oe, words and
/// numbers apart (<c>ric7,48</c> → <c>ric</c>, <c>7.48</c>), a light French stem so that « opéré », « opérée »,
/// « opérés » meet. The same rules apply to the catalog and to the query, so they always agree.
/// </summary>
internal static class SearchText
{
    private static readonly char[] Fold = BuildFold();

    /// <summary>Splits <paramref name="text"/> into tokens, appended to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, List<RawToken> tokens)
    {
        var span = text.AsSpan();
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        var kind = 0; // 0 none, 1 word, 2 number
        var breakBefore = false;
        var pendingBreak = false;
        for (var i = 0; i <= span.Length; i++)
        {
            var c = i < span.Length ? char.ToLowerInvariant(span[i]) : ' ';
            char folded;
            string? pair = null;
            if (c is 'œ')
            {
                folded = 'o';
                pair = "oe";
            }
            else if (c is 'æ')
            {
                folded = 'a';
                pair = "ae";
            }
            else
            {
                folded = c < Fold.Length ? Fold[c] : '\0';
            }

            var isLetter = folded is >= 'a' and <= 'z';
            var isDigit = folded is >= '0' and <= '9';
            var isDecimalMark = kind == 2 && (c is '.' or ',') && i + 1 < span.Length && char.IsAsciiDigit(span[i + 1])
                                && buffer[..length].IndexOf('.') < 0;
            if ((kind == 1 && isLetter) || (kind == 2 && isDigit))
            {
                length = Append(buffer, length, pair, folded);
                continue;
            }

            if (isDecimalMark)
            {
                length = Append(buffer, length, null, '.');
                continue;
            }

            if (kind != 0)
            {
                tokens.Add(Flush(buffer[..length], kind == 2, breakBefore));
                breakBefore = false;
                length = 0;
                kind = 0;
            }

            if (isLetter || isDigit)
            {
                kind = isLetter ? 1 : 2;
                breakBefore = pendingBreak;
                pendingBreak = false;
                length = Append(buffer, length, pair, folded);
            }
            else if (c is ',' or ';' or ':' or '(' or ')' or '.' or '/' or '!' or '?' or '[' or ']')
            {
                pendingBreak = true;
            }
        }
    }

    /// <summary>The light stem of a normalized word: a final <c>s</c>/<c>x</c> then up to two final <c>e</c> go (« opérées » → « oper »).</summary>
    public static string Stem(string word)
    {
        var end = word.Length;
        if (end > 4 && word[end - 1] is 's' or 'x')
        {
            end--;
        }

        for (var k = 0; k < 2 && end > 4 && word[end - 1] == 'e'; k++)
        {
            end--;
        }

        if (end == 4 && word[2] == 'e' && word[3] == 'e')
        {
            end--; // « âgée » meets « âgé »
        }

        return end == word.Length ? word : word[..end];
    }

    private static int Append(Span<char> buffer, int length, string? pair, char folded)
    {
        if (pair is not null)
        {
            foreach (var p in pair)
            {
                if (length < buffer.Length)
                {
                    buffer[length++] = p;
                }
            }

            return length;
        }

        if (length < buffer.Length)
        {
            buffer[length++] = folded;
        }

        return length;
    }

    private static RawToken Flush(ReadOnlySpan<char> text, bool isNumber, bool breakBefore)
    {
        if (isNumber && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return new RawToken(ActCode.FormatCoefficient(value), true, breakBefore, value);
        }

        return new RawToken(text.ToString(), false, breakBefore, 0m);
    }

    private static char[] BuildFold()
    {
        var table = new char[0x180];
        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] = c;
        }

        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = c;
        }

        Map(table, "àáâãäåāăą", 'a');
        Map(table, "çćĉċč", 'c');
        Map(table, "ďđ", 'd');
        Map(table, "èéêëēĕėęě", 'e');
        Map(table, "ìíîïĩīĭįı", 'i');
        Map(table, "ñńņň", 'n');
        Map(table, "òóôõöøōŏő", 'o');
        Map(table, "ùúûüũūŭůűų", 'u');
        Map(table, "ýÿ", 'y');
        Map(table, "śŝşš", 's');
        Map(table, "źżž", 'z');
        return table;
    }

    private static void Map(char[] table, string from, char to)
    {
        foreach (var c in from)
        {
            table[c] = to;
        }
    }
}
