namespace Cotakine.Practice;

/// <summary>
/// A kiné of a practice, with the identifiers printed on invoices; invoice numbers run per practitioner and year. The
/// identifiers are kept as the caisse writes them (RPPS without spaces, n° AM without spaces in capitals, <c>2A</c>/<c>2B</c>),
/// whether typed in « Réglages » or sent to <c>/api/practice/practitioners</c>: normalised here, checked by <see cref="IdentifierCheck"/>.
/// </summary>
public sealed class Practitioner : IPracticeOwned
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; set; }

    /// <inheritdoc />
    public Guid PracticeId { get; set; }

    /// <summary>RPPS number (11 digits).</summary>
    public string Rpps { get; set; } = "";

    /// <summary>n° Assurance Maladie (9 characters).</summary>
    public string AmNumber { get; set; } = "";

    /// <summary>Family name.</summary>
    public string LastName { get; set; } = "";

    /// <summary>Given name.</summary>
    public string FirstName { get; set; } = "";

    /// <summary>An RPPS as stored: « 1000 0000 008 » → « 10000000008 »; null stays null.</summary>
    public static string? NormalRpps(string? rpps) => rpps?.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>An n° Assurance Maladie as stored: « 2a 1234 567 » → « 2A1234567 »; null stays null.</summary>
    public static string? NormalAmNumber(string? am) => am?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>
    /// Why a practitioner with these names and identifiers (as typed: normalised before the check) may not be saved, in
    /// the API's field names; empty when they may. An RPPS is registered once across all practices: whether it is already
    /// taken (<paramref name="rppsTaken"/>) is the database's answer, asked by the caller.
    /// </summary>
    public static Problems Check(string? lastName, string? firstName, string? rpps, string? amNumber, bool rppsTaken = false)
    {
        var problems = new Problems();
        if (string.IsNullOrWhiteSpace(lastName))
        {
            problems.Add("lastName", "champ obligatoire");
        }

        if (string.IsNullOrWhiteSpace(firstName))
        {
            problems.Add("firstName", "champ obligatoire");
        }

        problems.Add(IdentifierCheck.Rpps(NormalRpps(rpps)) is { } rppsProblem ? new Problem("rpps", rppsProblem)
            : rppsTaken ? new Problem("rpps", "ce numéro RPPS est déjà enregistré") : null);
        problems.Add(IdentifierCheck.AmNumber(NormalAmNumber(amNumber)) is { } amProblem ? new Problem("amNumber", amProblem) : null);
        return problems;
    }

    /// <summary>A new practitioner of <paramref name="practiceId"/> (checked by <see cref="Check"/>).</summary>
    public static Practitioner Register(Guid practiceId, string lastName, string firstName, string rpps, string amNumber)
    {
        var practitioner = new Practitioner { Id = Guid.NewGuid(), PracticeId = practiceId };
        practitioner.Change(lastName, firstName, rpps, amNumber);
        return practitioner;
    }

    /// <summary>Sets the names (trimmed) and the identifiers (normalised), checked by <see cref="Check"/>.</summary>
    public void Change(string lastName, string firstName, string rpps, string amNumber)
    {
        ArgumentNullException.ThrowIfNull(lastName);
        ArgumentNullException.ThrowIfNull(firstName);
        ArgumentNullException.ThrowIfNull(rpps);
        ArgumentNullException.ThrowIfNull(amNumber);
        LastName = lastName.Trim();
        FirstName = firstName.Trim();
        Rpps = NormalRpps(rpps)!;
        AmNumber = NormalAmNumber(amNumber)!;
    }
}
