using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Patients;
using Cotakine.Quoting;
using Patient = Cotakine.Practice.Patients.Patient;

namespace Cotakine.Web.Features.Patients;

/// <summary>
/// Changes a patient's identity and coverage, for <c>PUT /api/patients/{id}</c>: the same rules as
/// <see cref="CreatePatient"/> (<see cref="Patient.Check"/>), then <see cref="Patient.Change"/>.
/// </summary>
internal sealed class UpdatePatient(CotakineDbContext db)
{
    /// <summary>Applies <paramref name="request"/> to <paramref name="patient"/>, or says why not (nothing written then).</summary>
    public async Task<Problems> ExecuteAsync(Patient patient, PatientRequest request)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(request);
        var regime = request.Regime ?? Regime.General;
        var details = request.Details();
        var problems = Patient.Check(request.LastName, request.FirstName, request.Coverage, regime, request.AtMpDate);
        foreach (var problem in details.Check())
        {
            problems.Add(problem);
        }

        if (!problems.Any)
        {
            patient.Change(request.LastName!, request.FirstName!, request.BirthDate, request.Coverage!.Value, regime, request.AtMpDate);
            patient.SetDetails(details);
            await db.SaveChangesAsync();
        }

        return problems;
    }
}
