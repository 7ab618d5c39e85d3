using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Patients;
using Cotakine.Quoting;
using Patient = Cotakine.Practice.Patients.Patient;

namespace Cotakine.Web.Features.Patients;

/// <summary>What saving a patient gave: the patient saved, or the problems (nothing written then).</summary>
internal sealed record PatientOutcome(Patient? Patient, Problems Problems);

/// <summary>
/// Registers a patient with their coverage, for <c>POST /api/patients</c> and the « Nouveau patient » page: the rules
/// of <see cref="Patient.Check"/> (names, coverage, AT-MP date) and of the record's details (<see cref="PatientDetails.Check"/>: NIR key, bounds), then <see cref="Patient.Register"/>.
/// </summary>
internal sealed class CreatePatient(CotakineDbContext db)
{
    /// <summary>Registers the patient <paramref name="request"/> describes (régime général when not said), or says why not.</summary>
    public async Task<PatientOutcome> ExecuteAsync(PatientRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var regime = request.Regime ?? Regime.General;
        var details = request.Details();
        var problems = Patient.Check(request.LastName, request.FirstName, request.Coverage, regime, request.AtMpDate);
        foreach (var problem in details.Check())
        {
            problems.Add(problem);
        }

        if (problems.Any)
        {
            return new PatientOutcome(null, problems);
        }

        var patient = Patient.Register(
            db.CurrentPracticeId!.Value, request.LastName!, request.FirstName!, request.BirthDate, request.Coverage!.Value, regime, request.AtMpDate);
        patient.SetDetails(details);
        db.Patients.Add(patient);
        await db.SaveChangesAsync();
        return new PatientOutcome(patient, problems);
    }
}
