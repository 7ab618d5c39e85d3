using Cotakine.Quoting;

namespace Cotakine.Practice.Patients;

/// <summary>
/// A patient of a practice with their coverage. Registered and changed here only (<see cref="Register"/>,
/// <see cref="Change"/>), after <see cref="Check"/>, so that the API and the « Nouveau patient » page keep the same rules.
/// </summary>
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

    /// <summary>
    /// Why a patient with these names and coverage may not be saved (fields as in the API's JSON): both names and the
    /// coverage are required, an AT-MP needs the date of the accident (<see cref="PatientCoverage.Problem"/>).
    /// </summary>
    public static Problems Check(string? lastName, string? firstName, Coverage? coverage, Regime regime, DateOnly? atMpDate)
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

        if (coverage is not { } covered)
        {
            problems.Add("coverage", "champ obligatoire");
        }
        else
        {
            problems.Add(new PatientCoverage(covered, regime, atMpDate).Problem());
        }

        return problems;
    }

    /// <summary>A new patient of <paramref name="practiceId"/>, checked by <see cref="Check"/>.</summary>
    public static Patient Register(Guid practiceId, string lastName, string firstName, DateOnly? birthDate, Coverage coverage, Regime regime, DateOnly? atMpDate)
    {
        var patient = new Patient { Id = Guid.NewGuid(), PracticeId = practiceId };
        patient.Change(lastName, firstName, birthDate, coverage, regime, atMpDate);
        return patient;
    }

    /// <summary>Sets the identity (names trimmed) and the coverage, checked by <see cref="Check"/>.</summary>
    public void Change(string lastName, string firstName, DateOnly? birthDate, Coverage coverage, Regime regime, DateOnly? atMpDate)
    {
        ArgumentNullException.ThrowIfNull(lastName);
        ArgumentNullException.ThrowIfNull(firstName);
        LastName = lastName.Trim();
        FirstName = firstName.Trim();
        BirthDate = birthDate;
        Coverage = coverage;
        Regime = regime;
        AtMpDate = atMpDate;
    }
}
