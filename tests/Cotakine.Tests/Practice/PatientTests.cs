using Cotakine.Practice.Patients;
using Cotakine.Quoting;
using Patient = Cotakine.Practice.Patients.Patient;

namespace Cotakine.Tests.Practice;

/// <summary>Registering a patient: names and coverage required; an AT-MP names the date of the accident (printed on the invoice).</summary>
public sealed class PatientTests
{
    [Fact]
    public void Names_and_coverage_are_required_and_an_at_mp_needs_its_date()
    {
        Assert.Equal(["lastName", "firstName", "coverage"], Patient.Check(" ", null, null, Regime.General, null).Select(p => p.Field));
        Assert.Equal("atMpDate", Assert.Single(Patient.Check("Roux", "Jeanne", Coverage.AtMp, Regime.General, null)).Field);
        Assert.Empty(Patient.Check("Roux", "Jeanne", Coverage.AtMp, Regime.General, new DateOnly(2026, 1, 5)));
    }

    [Fact]
    public void A_registered_patient_has_trimmed_names()
    {
        var patient = Patient.Register(Guid.NewGuid(), " Roux ", "Jeanne ", null, Coverage.Standard, Regime.AlsaceMoselle, null);
        Assert.Equal(("Roux", "Jeanne", Regime.AlsaceMoselle), (patient.LastName, patient.FirstName, patient.Regime));
    }
}
