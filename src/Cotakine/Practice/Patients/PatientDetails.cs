using Cotakine.Money;

namespace Cotakine.Practice.Patients;

/// <summary>
/// The patient's record beyond names and coverage: NIR and caisse (printed on the feuille de soins, the invoice and the DAP),
/// address with postal code and commune (the commune gives the default « même agglomération » of a home visit), phone and
/// e-mail, the médecin traitant, and the complementary insurer (organisme, n° d'adhérent and the part of the ticket
/// modérateur it pays, so that an invoice gives the AMC its share). Every field is optional and bounded
/// (<see cref="Check"/>): a blank one is a missing one (null).
/// </summary>
public sealed record PatientDetails(
    string? Nir = null, string? Caisse = null, string? Address = null, string? PostalCode = null, string? Commune = null,
    string? Phone = null, string? Email = null, string? PrimaryCarePhysician = null,
    string? AmcName = null, string? AmcMemberNumber = null, int? AmcPercent = null)
{
    /// <summary>Longest caisse (name or code).</summary>
    public const int CaisseMaxLength = 100;

    /// <summary>Longest street address.</summary>
    public const int AddressMaxLength = 200;

    /// <summary>A French postal code.</summary>
    public const int PostalCodeMaxLength = 5;

    /// <summary>Longest commune name.</summary>
    public const int CommuneMaxLength = 100;

    /// <summary>Longest phone number (international form with spaces).</summary>
    public const int PhoneMaxLength = 25;

    /// <summary>Longest e-mail address (RFC 5321 path limit).</summary>
    public const int EmailMaxLength = 254;

    /// <summary>Longest médecin traitant.</summary>
    public const int PhysicianMaxLength = 150;

    /// <summary>Longest complementary insurer's name.</summary>
    public const int AmcNameMaxLength = 100;

    /// <summary>Longest n° d'adhérent.</summary>
    public const int AmcMemberNumberMaxLength = 40;

    /// <summary>No detail recorded.</summary>
    public static PatientDetails None { get; } = new();

    /// <summary>The details as kept: trimmed, blank ones null, the NIR without spaces and the postal code without spaces.</summary>
    public PatientDetails Normalised() => new(
        Patients.Nir.Normalise(Nir), Text(Caisse), Text(Address), Text(PostalCode)?.Replace(" ", "", StringComparison.Ordinal), Text(Commune),
        Text(Phone), Text(Email), Text(PrimaryCarePhysician), Text(AmcName), Text(AmcMemberNumber), AmcPercent);

    /// <summary>Why these details (normalised) may not be saved, fields named as in the API's JSON.</summary>
    public Problems Check()
    {
        var problems = new Problems();
        if (Nir is { } nir && Patients.Nir.Problem(nir) is { } nirProblem)
        {
            problems.Add("nir", nirProblem);
        }

        Bound(problems, "caisse", Caisse, CaisseMaxLength);
        Bound(problems, "address", Address, AddressMaxLength);
        if (PostalCode is { } code && (code.Length != PostalCodeMaxLength || !code.All(char.IsAsciiDigit)))
        {
            problems.Add("postalCode", "code postal de 5 chiffres attendu (ex. 75011)");
        }

        Bound(problems, "commune", Commune, CommuneMaxLength);
        if (Phone is { } phone && (phone.Length > PhoneMaxLength || !phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '+' or '(' or ')')))
        {
            problems.Add("phone", $"numéro de téléphone attendu (chiffres, espaces, +), {PhoneMaxLength} caractères au plus");
        }

        if (Email is { } email && (email.Length > EmailMaxLength || email.IndexOf('@', StringComparison.Ordinal) is < 1 || email.EndsWith('@') || email.Any(char.IsWhiteSpace)))
        {
            problems.Add("email", $"adresse e-mail attendue (nom@domaine), {EmailMaxLength} caractères au plus");
        }

        Bound(problems, "primaryCarePhysician", PrimaryCarePhysician, PhysicianMaxLength);
        Bound(problems, "amcName", AmcName, AmcNameMaxLength);
        Bound(problems, "amcMemberNumber", AmcMemberNumber, AmcMemberNumberMaxLength);
        if (AmcPercent is < 0 or > 100)
        {
            problems.Add("amcPercent", "part de la complémentaire en % du ticket modérateur, de 0 à 100");
        }
        else if (AmcPercent is > 0 && AmcName is null)
        {
            problems.Add("amcName", "nommez l'organisme complémentaire qui paie cette part");
        }

        return problems;
    }

    /// <summary>
    /// What the complementary insurer pays of a session priced <paramref name="totalCents"/> whose AMO share is
    /// <paramref name="amoCents"/>: its part of the ticket modérateur (the rest), rounded once to the cent; 0 without one.
    /// </summary>
    public long AmcShare(long totalCents, long amoCents) =>
        AmcPercent is { } percent && AmcName is not null && totalCents > amoCents
            ? (long)(MoneyRounding.ToCent((totalCents - amoCents) / 100m * percent / 100m) * 100m)
            : 0;

    private static void Bound(Problems problems, string field, string? value, int max)
    {
        if (value is { Length: var length } && length > max)
        {
            problems.Add(field, $"{max} caractères au plus");
        }
    }

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
