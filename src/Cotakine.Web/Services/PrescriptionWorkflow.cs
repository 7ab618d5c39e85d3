using Cotakine.Persistence;
using Cotakine.Practice.Prescriptions;
using Cotakine.Web.Api;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Services;

/// <summary>
/// Recording a prescription as read from the paper, shared by the API and the pages. A prescription with missing
/// mentions is stored all the same (the kiné may have to ask the prescriber); <see cref="PrescriptionCheck"/> lists them.
/// </summary>
internal sealed class PrescriptionWorkflow(CotakineDbContext db)
{
    public async Task<(Prescription? Prescription, Errors Errors)> CreateAsync(PrescriptionRequest request)
    {
        var errors = new Errors();
        if (request.PatientId is not { } patientId || !await db.Patients.AnyAsync(p => p.Id == patientId))
        {
            errors.Add("patientId", "patientId : patient inconnu dans ce cabinet");
        }

        if (request.SessionCount is < 1)
        {
            errors.Add("sessionCount", "sessionCount : le nombre de séances, s'il est prescrit, est au moins 1");
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        var row = new Prescription
        {
            Id = Guid.NewGuid(), PracticeId = db.CurrentPracticeId!.Value, PatientId = request.PatientId!.Value, Date = request.Date,
            PrescriberName = request.PrescriberName, PrescriberRpps = request.PrescriberRpps, PrescriberAmNumber = request.PrescriberAmNumber,
            Indication = request.Indication, Segment = request.Segment, Laterality = request.Laterality ?? Laterality.Unspecified,
            SessionCount = request.SessionCount, Urgent = request.Urgent, IncludingSundaysAndHolidays = request.IncludingSundaysAndHolidays,
            AtMp = request.AtMp, AtMpDate = request.AtMpDate, Ald = request.Ald,
        };
        db.Prescriptions.Add(row);
        await db.SaveChangesAsync();
        return (row, errors);
    }
}
