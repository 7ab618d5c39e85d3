namespace Cotakine.Practice;

/// <summary>A kiné of a practice, with the identifiers printed on invoices; invoice numbers run per practitioner and year.</summary>
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
}
