using System.Globalization;

namespace Cotakine.Practice.Patients;

/// <summary>
/// The NIR (« numéro de sécurité sociale », n° d'inscription au répertoire, INSEE): 13 characters — sex, year and month of
/// birth, département (<c>2A</c>/<c>2B</c> for Corsica), commune, order — then a 2-digit key, 97 − (the 13-digit number mod 97).
/// For Corsica the number is read with 2A as 19 and 2B as 18 (INSEE rule), so <c>2A</c> and <c>2B</c> NIRs have their own keys.
/// Kept as typed without spaces, upper case (printed on the invoice and the DAP).
/// </summary>
public static class Nir
{
    /// <summary>The length of a NIR with its key.</summary>
    public const int Length = 15;

    /// <summary>The NIR without spaces, dots or dashes, upper case; null when blank.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '-'))).ToUpperInvariant();
    }

    /// <summary>Why <paramref name="nir"/> (normalised) is not a valid NIR, or null.</summary>
    public static string? Problem(string nir)
    {
        ArgumentNullException.ThrowIfNull(nir);
        if (nir.Length != Length)
        {
            return $"{Length} caractères attendus (13 chiffres et la clé de 2 chiffres), {nir.Length} donnés";
        }

        var body = nir[..13];
        var corsica = body[5..7] is "2A" or "2B";
        var digits = corsica ? body[..5] + (body[6] == 'A' ? "19" : "18") + body[7..] : body;
        if (!digits.All(char.IsAsciiDigit) || !nir[13..].All(char.IsAsciiDigit))
        {
            return "seuls des chiffres sont permis (et 2A ou 2B pour un département de naissance en Corse)";
        }

        if (body[0] is not ('1' or '2' or '3' or '4' or '7' or '8'))
        {
            return "le premier chiffre (sexe) doit être 1 ou 2";
        }

        var expected = Key(long.Parse(digits, CultureInfo.InvariantCulture));
        var given = int.Parse(nir[13..], CultureInfo.InvariantCulture);
        return given == expected ? null : $"clé {nir[13..]} incorrecte : la clé de ce numéro est {expected:00} (vérifiez la saisie)";
    }

    /// <summary>The key of the 13-digit number <paramref name="number"/> (Corsica already read as 19/18): 97 − (number mod 97).</summary>
    public static int Key(long number) => 97 - (int)(number % 97);
}
