using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Cotakine.Practice.Sessions;

/// <summary>
/// Whether the practice and the patient are « dans la même agglomération » by default, which decides whether IK are due
/// (NGAP dispositions générales art. 13). An agglomeration is an INSEE unité urbaine, wider than a commune, which Cotakine
/// does not model: a patient living in the practice's own commune is always in the same agglomeration (ngap-facts §H,
/// « agglomeration ≠ commune »), so the default is « same » when the communes match (same name in the same département,
/// Paris, Lyon and Marseille whatever the arrondissement) and « not the same » when they differ; the kiné sees the default
/// and corrects it for a neighbouring commune of the same agglomeration. Null when a commune is not recorded: then the
/// kiné must say it, never an IK billed in silence.
/// </summary>
public static partial class Agglomeration
{
    /// <summary>The default for a practice at <paramref name="practiceAddress"/> (postal code and commune in it) and a patient living in <paramref name="patientCommune"/> (<paramref name="patientPostalCode"/>).</summary>
    public static bool? SameByDefault(string? practiceAddress, string? patientPostalCode, string? patientCommune)
    {
        var practice = PracticeCommune(practiceAddress);
        var patient = Commune(patientPostalCode, patientCommune);
        return practice is null || patient is null ? null : practice == patient;
    }

    /// <summary>The commune key of a postal address: « 12 rue X, 75011 Paris » → 75|PARIS; null without a postal code followed by a name.</summary>
    public static string? PracticeCommune(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var match = PostalCodeAndCommune().Matches(address).LastOrDefault();
        return match is null ? null : Commune(match.Groups["code"].Value, match.Groups["name"].Value);
    }

    /// <summary>The commune key: the département of the postal code and the name without accents, case, arrondissement or CEDEX.</summary>
    public static string? Commune(string? postalCode, string? commune)
    {
        var code = postalCode?.Replace(" ", "", StringComparison.Ordinal);
        if (code is not { Length: 5 } || !code.All(char.IsAsciiDigit) || string.IsNullOrWhiteSpace(commune))
        {
            return null;
        }

        var name = Arrondissement().Replace(Plain(commune), "").Trim();
        var department = code.StartsWith("97", StringComparison.Ordinal) ? code[..3] : code[..2];
        return name.Length == 0 ? null : $"{department}|{name}";
    }

    private static string Plain(string text)
    {
        var decomposed = text.Trim().ToUpperInvariant().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            kept.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"(?<code>\b\d{2} ?\d{3})\b[ ,]+(?<name>[^\d,\n]+)", RegexOptions.CultureInvariant)]
    private static partial Regex PostalCodeAndCommune();

    [GeneratedRegex(@"( CEDEX.*| \d+ ?(E|ER|EME|ARRONDISSEMENT)?\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Arrondissement();
}
