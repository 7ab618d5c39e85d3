namespace Cotakine.Practice;

/// <summary>
/// A masseur-kinésithérapeute of a practice as the caisse knows them: the RPPS number (11 digits, the person) and the
/// n° Assurance Maladie (9 characters, the place of practice) both appear on every invoice.
/// </summary>
public sealed record Practitioner(string Rpps, string AmNumber, string LastName, string FirstName);
