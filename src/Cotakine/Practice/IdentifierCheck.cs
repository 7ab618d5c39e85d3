namespace Cotakine.Practice;

/// <summary>
/// Shape checks of the identifiers the caisse uses: RPPS (11 digits) and n° Assurance Maladie (9 digits or letters,
/// the Corsican départements use 2A/2B). Returns a French reason, or null when the value is well formed.
/// </summary>
public static class IdentifierCheck
{
    /// <summary>Why <paramref name="rpps"/> is not an RPPS number, or null.</summary>
    public static string? Rpps(string? rpps) =>
        rpps is { Length: 11 } && rpps.All(char.IsAsciiDigit) ? null : "le numéro RPPS doit compter 11 chiffres";

    /// <summary>Why <paramref name="am"/> is not an n° Assurance Maladie, or null.</summary>
    public static string? AmNumber(string? am) =>
        am is { Length: 9 } && am.All(char.IsAsciiLetterOrDigit) ? null : "le n° Assurance Maladie doit compter 9 caractères (chiffres, ou 2A/2B pour la Corse)";
}
