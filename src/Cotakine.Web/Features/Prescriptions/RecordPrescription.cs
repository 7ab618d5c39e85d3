using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Prescriptions;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Prescriptions;

/// <summary>What recording a prescription gave: the prescription saved, or the problems (nothing written then).</summary>
internal sealed record PrescriptionOutcome(Prescription? Prescription, Problems Problems);

/// <summary>
/// Records a prescription as read from the paper, for <c>POST /api/prescriptions</c> and « Nouvelle prescription »
/// (<see cref="Prescription.Check"/>, mentions kept by <see cref="Prescription.Normalise"/>). A prescription with missing
/// mentions is stored all the same (the kiné may have to ask the prescriber); <see cref="PrescriptionCheck"/> lists them.
/// </summary>
internal sealed class RecordPrescription(CotakineDbContext db)
{
    /// <summary>Records the prescription <paramref name="request"/> describes, or says why not.</summary>
    public async Task<PrescriptionOutcome> ExecuteAsync(PrescriptionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var known = request.PatientId is { } patientId && await db.Patients.AnyAsync(p => p.Id == patientId);
        var problems = Prescription.Check(known, request.SessionCount);
        if (problems.Any)
        {
            return new PrescriptionOutcome(null, problems);
        }

        var prescription = new Prescription
        {
            Id = Guid.NewGuid(), PracticeId = db.CurrentPracticeId!.Value, PatientId = request.PatientId!.Value, Date = request.Date,
            PrescriberName = request.PrescriberName, PrescriberRpps = request.PrescriberRpps, PrescriberAmNumber = request.PrescriberAmNumber,
            Indication = request.Indication, Segment = request.Segment, Laterality = request.Laterality ?? Laterality.Unspecified,
            SessionCount = request.SessionCount, Urgent = request.Urgent, IncludingSundaysAndHolidays = request.IncludingSundaysAndHolidays,
            AtMp = request.AtMp, AtMpDate = request.AtMpDate, Ald = request.Ald,
        };
        prescription.Normalise();
        db.Prescriptions.Add(prescription);
        await db.SaveChangesAsync();
        return new PrescriptionOutcome(prescription, problems);
    }
}
