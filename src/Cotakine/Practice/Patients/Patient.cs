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

    /// <summary>NIR (n° de sécurité sociale, 15 characters with its key, <see cref="Patients.Nir"/>); printed on the invoice and the DAP.</summary>
    public string? Nir { get; private set; }

    /// <summary>The patient's caisse d'assurance maladie (name or code).</summary>
    public string? Caisse { get; private set; }

    /// <summary>Street address.</summary>
    public string? Address { get; private set; }

    /// <summary>Postal code (5 digits).</summary>
    public string? PostalCode { get; private set; }

    /// <summary>Commune of residence (the default of « même agglomération » for a home visit).</summary>
    public string? Commune { get; private set; }

    /// <summary>Phone number.</summary>
    public string? Phone { get; private set; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; private set; }

    /// <summary>Médecin traitant.</summary>
    public string? PrimaryCarePhysician { get; private set; }

    /// <summary>Complementary insurer (organisme complémentaire).</summary>
    public string? AmcName { get; private set; }

    /// <summary>N° d'adhérent at the complementary insurer.</summary>
    public string? AmcMemberNumber { get; private set; }

    /// <summary>Part of the ticket modérateur the complementary insurer pays, in % (0–100).</summary>
    public int? AmcPercent { get; private set; }

    /// <summary>The record's details as one value.</summary>
    public PatientDetails Details => new(Nir, Caisse, Address, PostalCode, Commune, Phone, Email, PrimaryCarePhysician, AmcName, AmcMemberNumber, AmcPercent);

    /// <summary>Sets the details, normalised and checked by <see cref="PatientDetails.Check"/>.</summary>
    public void SetDetails(PatientDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var d = details.Normalised();
        (Nir, Caisse, Address, PostalCode, Commune, Phone, Email) = (d.Nir, d.Caisse, d.Address, d.PostalCode, d.Commune, d.Phone, d.Email);
        (PrimaryCarePhysician, AmcName, AmcMemberNumber, AmcPercent) = (d.PrimaryCarePhysician, d.AmcName, d.AmcMemberNumber, d.AmcPercent);
    }

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
