using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Prescriptions;
using Cotakine.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Plans;

/// <summary>What opening a plan gave: the plan saved, or the problems (nothing written then).</summary>
internal sealed record PlanOutcome(TreatmentPlan? Plan, Problems Problems);

/// <summary>
/// Opens a treatment plan (prescription, renewal, direct access), for <c>POST /api/plans</c> and the « Nouveau plan »
/// page: the patient, kiné, act and prescription known in the practice, the opening rules (<see cref="PlanOpening"/>:
/// renewal window, direct-access cap per episode across plans), then <see cref="TreatmentPlan.Open"/> with the patient's
/// history for the 15/30 rule.
/// </summary>
internal sealed class OpenPlan(CotakineDbContext db, NgapCatalog catalog, PracticeCalendar calendar, SessionHistoryQueries history)
{
    /// <summary>Opens the plan <paramref name="request"/> describes, or says why not.</summary>
    public async Task<PlanOutcome> ExecuteAsync(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new Problems();
        if (request.Origin is null)
        {
            problems.Add("origin", "champ obligatoire");
        }

        if (request.SessionCount is null)
        {
            problems.Add("sessionCount", "champ obligatoire");
        }

        var start = request.StartDate ?? calendar.Today;
        if (request.PatientId is not { } patientId || !await db.Patients.AnyAsync(p => p.Id == patientId))
        {
            problems.Add("patientId", "patient inconnu dans ce cabinet");
        }

        var practitionerId = request.PractitionerId ?? await db.Practitioners.OrderBy(p => p.LastName).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
        if (practitionerId is null || !await db.Practitioners.AnyAsync(p => p.Id == practitionerId))
        {
            problems.Add("practitionerId", "kinésithérapeute inconnu dans ce cabinet");
        }

        var act = request.ActId is null ? null : catalog.FindAct(request.ActId);
        if (act?.On(start) is null)
        {
            problems.Add("actId", "acte inconnu du catalogue ou non en vigueur à la date de début");
        }

        Prescription? prescription = null;
        if (request.PrescriptionId is { } prescriptionId)
        {
            prescription = await db.Prescriptions.SingleOrDefaultAsync(p => p.Id == prescriptionId && p.PatientId == request.PatientId);
            if (prescription is null)
            {
                problems.Add("prescriptionId", "prescription inconnue pour ce patient");
            }
        }

        if (request.Origin is { } origin && request.SessionCount is { } count)
        {
            foreach (var (field, message) in PlanOpening.Check(catalog, origin, start, prescription?.Date, count))
            {
                if (field != "prescriptionId" || request.PrescriptionId is null)
                {
                    problems.Add(field, message);
                }
            }
        }

        if (request.Origin == PlanOrigin.DirectAccess && request.SessionCount is > 0 && request.PatientId is { } directPatient && !problems.Any)
        {
            // The cap is per patient and per episode, across plans (ngap-facts §K.3): the sessions already planned in
            // direct access in an episode still open on the start date count against it.
            var cap = catalog.RulesOn(start).DirectAccessSessionsPerEpisode;
            var earlier = await db.Plans.Where(p => p.PatientId == directPatient && p.Origin == PlanOrigin.DirectAccess && p.StartDate <= start)
                .Select(p => new { p.StartDate, p.SessionCount }).ToListAsync();
            var (episode, planned) = PlanOpening.DirectAccessEpisode(catalog, earlier.Select(p => (p.StartDate, p.SessionCount)), start);
            if (planned + request.SessionCount > cap)
            {
                problems.Add("sessionCount",
                    $"accès direct sans diagnostic médical, {cap} séances au plus par épisode de soins ; {planned} déjà prévues dans l'épisode commencé le {episode:dd/MM/yyyy}");
            }
        }

        if (problems.Any)
        {
            return new PlanOutcome(null, problems);
        }

        var plan = TreatmentPlan.Open(
            db.CurrentPracticeId!.Value, request.PatientId!.Value, practitionerId!.Value, request.PrescriptionId, request.Origin!.Value, act!,
            request.SessionCount!.Value, start, await history.SessionsLast12MonthsAsync(request.PatientId!.Value, act!.Id, start, null), catalog.RulesOn(start));
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return new PlanOutcome(plan, problems);
    }
}
