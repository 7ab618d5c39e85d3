using Cotakine.Quoting;

namespace Cotakine.Practice.Patients;

/// <summary>A patient of a practice with their coverage.</summary>
public sealed class Patient : IPracticeOwned
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; set; }

    /// <inheritdoc />
    public Guid PracticeId { get; set; }

    /// <summary>Family name.</summary>
    public string LastName { get; set; } = "";

    /// <summary>Given name.</summary>
    public string FirstName { get; set; } = "";

    /// <summary>Birth date.</summary>
    public DateOnly? BirthDate { get; set; }

    /// <summary>Coverage (standard, ALD, AT-MP, maternité, C2S).</summary>
    public Coverage Coverage { get; set; }

    /// <summary>Régime (général, Alsace-Moselle).</summary>
    public Regime Regime { get; set; }

    /// <summary>Date of the work accident, for AT-MP.</summary>
    public DateOnly? AtMpDate { get; set; }

    /// <summary>The quote engine's view of the patient: what sets the AMO rate (coverage, régime).</summary>
    public Quoting.Patient ForQuote() => new(Coverage, Regime);
}
