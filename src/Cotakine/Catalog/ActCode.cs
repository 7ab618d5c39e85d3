using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Cotakine.Catalog;

/// <summary>
/// A billing code as written on a feuille de soins: a key letter and a coefficient (<c>RAM 7.49</c>, <c>AMK 10.7</c>).
/// </summary>
/// <remarks>
/// A code is not an act: the same act changes code when it is revalued (<c>RIC 7.48</c> becomes <c>RIC 8.08</c>
/// on 1 January 2026). Parsing is lenient the way kinés type (any case, decimal comma, extra spaces);
/// <see cref="ToString"/> is always canonical: upper case, one space, decimal point, no trailing zeros.
/// </remarks>
public readonly record struct ActCode(string Letter, decimal Coefficient)
{
    /// <summary>The canonical form, e.g. <c>RAO 7.5</c>, <c>NMI 10</c>.</summary>
    public override string ToString() => $"{Letter} {FormatCoefficient(Coefficient)}";

    /// <summary>Formats a coefficient with a decimal point and no trailing zeros.</summary>
    public static string FormatCoefficient(decimal coefficient) =>
        (coefficient / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses <paramref name="text"/> or throws a <see cref="FormatException"/> with a French message.</summary>
    public static ActCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new FormatException($"« {text} » n'est pas un code d'acte (attendu : une lettre-clé et un coefficient, par exemple « RAM 7.49 »).");

    /// <summary>Parses a code the way a kiné types it: <c>ram 7,49</c>, <c> RAM7.49 </c>, <c>Ric 8.10</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ActCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        var letters = 0;
        while (letters < span.Length && char.IsAsciiLetter(span[letters]))
        {
            letters++;
        }

        if (letters is < 1 or > 4)
        {
            return false;
        }

        var letter = span[..letters].ToString().ToUpperInvariant();
        var number = span[letters..].Trim().ToString().Replace(',', '.');
        if (number.Length == 0 || number.Any(c => !char.IsAsciiDigit(c) && c != '.'))
        {
            return false;
        }

        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var coefficient)
            || coefficient <= 0)
        {
            return false;
        }

        code = new ActCode(letter, coefficient / 1.000000000000000000000000000000000m);
        return true;
    }
}
