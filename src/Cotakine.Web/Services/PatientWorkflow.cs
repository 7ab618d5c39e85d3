using Cotakine.Persistence;
using Cotakine.Practice.Patients;
using Cotakine.Quoting;
using Cotakine.Web.Api;
using Patient = Cotakine.Practice.Patients.Patient;

namespace Cotakine.Web.Services;

/// <summary>
/// Creating and changing a patient, shared by the API (<c>/api/patients</c>) and the pages (<c>/patients</c>): one
/// validation (names, coverage and AT-MP date), one write.
/// </summary>
internal sealed class PatientWorkflow(CotakineDbContext db)
{
    public static Errors Validate(PatientRequest request)
    {
        var errors = new Errors();
        errors.Required("lastName", request.LastName);
        errors.Required("firstName", request.FirstName);
        errors.Required("coverage", request.Coverage);
        if (request.Coverage is { } coverage && new PatientCoverage(coverage, request.Regime ?? Regime.General, request.AtMpDate).Problem() is { } problem)
        {
            errors.Add("atMpDate", problem);
        }

        return errors;
    }

    public async Task<(Patient? Patient, Errors Errors)> CreateAsync(PatientRequest request)
    {
        var errors = Validate(request);
        if (errors.Any)
        {
            return (null, errors);
        }

        var row = new Patient { Id = Guid.NewGuid(), PracticeId = db.CurrentPracticeId!.Value };
        Apply(row, request);
        db.Patients.Add(row);
        await db.SaveChangesAsync();
        return (row, errors);
    }

    public async Task<Errors> UpdateAsync(Patient row, PatientRequest request)
    {
        var errors = Validate(request);
        if (!errors.Any)
        {
            Apply(row, request);
            await db.SaveChangesAsync();
        }

        return errors;
    }

    private static void Apply(Patient row, PatientRequest request)
    {
        row.LastName = request.LastName!.Trim();
        row.FirstName = request.FirstName!.Trim();
        row.BirthDate = request.BirthDate;
        row.Coverage = request.Coverage!.Value;
        row.Regime = request.Regime ?? Regime.General;
        row.AtMpDate = request.AtMpDate;
    }
}
