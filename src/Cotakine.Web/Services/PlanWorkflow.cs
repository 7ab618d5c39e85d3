using System.Security.Claims;
using Cotakine.Catalog;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Persistence;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Prescriptions;
using Cotakine.Practice.Sessions;
using Cotakine.Practice.Plans;
using Cotakine.Quoting;
using Cotakine.Web.Api;
using Microsoft.EntityFrameworkCore;

using Patient = Cotakine.Practice.Patients.Patient;

namespace Cotakine.Web.Services;

/// <summary>
/// Treatment plans, shared by the API (<c>/api/plans</c>) and the pages (<c>/plans/{id}</c>): opening a plan
/// (prescription, renewal, direct access), the DAP workflow (sent / agreed / refused, tacit agreement computed, sessions
/// past the référentiel threshold blocked until covered) and sessions priced by the quote engine with their lines and
/// issues kept. The billing rules live here so that pages and API apply the same ones: the direct-access cap per episode
/// across plans, the 15/30 raised threshold (at opening and later), the renewal prescriber id, and the clinical notes
/// that only the kinés read and write (<see cref="Roles"/>).
/// </summary>
internal sealed class PlanWorkflow(CotakineDbContext db, NgapCatalog catalog, PracticeCalendar clock, SessionQuoter quoter)
{
    public async Task<(TreatmentPlan? Plan, Errors Errors)> CreateAsync(PlanRequest request)
    {
        var errors = new Errors();
        errors.Required("origin", request.Origin);
        errors.Required("sessionCount", request.SessionCount);
        var start = request.StartDate ?? clock.Today;
        if (request.PatientId is not { } patientId || !await db.Patients.AnyAsync(p => p.Id == patientId))
        {
            errors.Add("patientId", "patientId : patient inconnu dans ce cabinet");
        }

        var practitionerId = request.PractitionerId ?? await db.Practitioners.OrderBy(p => p.LastName).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
        if (practitionerId is null || !await db.Practitioners.AnyAsync(p => p.Id == practitionerId))
        {
            errors.Add("practitionerId", "practitionerId : kinésithérapeute inconnu dans ce cabinet");
        }

        var act = request.ActId is null ? null : catalog.FindAct(request.ActId);
        if (act?.On(start) is null)
        {
            errors.Add("actId", "actId : acte inconnu du catalogue ou non en vigueur à la date de début");
        }

        Prescription? prescription = null;
        if (request.PrescriptionId is { } prescriptionId)
        {
            prescription = await db.Prescriptions.SingleOrDefaultAsync(p => p.Id == prescriptionId && p.PatientId == request.PatientId);
            if (prescription is null)
            {
                errors.Add("prescriptionId", "prescriptionId : prescription inconnue pour ce patient");
            }
        }

        if (request.Origin is { } origin && request.SessionCount is { } count)
        {
            foreach (var (field, message) in PlanOpening.Check(catalog, origin, start, prescription?.Date, count))
            {
                if (field != "prescriptionId" || request.PrescriptionId is null)
                {
                    errors.Add(field, $"{field} : {message}");
                }
            }
        }

        if (request.Origin == PlanOrigin.DirectAccess && request.SessionCount is > 0 && request.PatientId is { } directPatient && !errors.Any)
        {
            // The cap is per patient and per episode, across plans (ngap-facts §K.3): the sessions already planned in
            // direct access in an episode still open on the start date count against it.
            var cap = (int)catalog.Parameter("directAccess.sessionsPerEpisode", start).Value;
            var earlier = await db.Plans.Where(p => p.PatientId == directPatient && p.Origin == PlanOrigin.DirectAccess && p.StartDate <= start)
                .Select(p => new { p.StartDate, p.SessionCount }).ToListAsync();
            var (episode, planned) = PlanOpening.DirectAccessEpisode(catalog, earlier.Select(p => (p.StartDate, p.SessionCount)), start);
            if (planned + request.SessionCount > cap)
            {
                errors.Add("sessionCount", $"sessionCount : accès direct sans diagnostic médical, {cap} séances au plus par épisode de soins ; {planned} déjà prévues dans l'épisode commencé le {episode:dd/MM/yyyy}");
            }
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        var plan = TreatmentPlan.Open(
            db.CurrentPracticeId!.Value, request.PatientId!.Value, practitionerId!.Value, request.PrescriptionId, request.Origin!.Value, act!,
            request.SessionCount!.Value, start, await SessionsLast12MonthsAsync(request.PatientId!.Value, act!.Id, start, null), catalog.RulesOn(start));
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return (plan, errors);
    }

    public async Task<Errors> UpdateDapAsync(TreatmentPlan plan, DapRequest request)
    {
        var errors = new Errors();
        if (request.Status is not { } status)
        {
            errors.Add(new Problem("status", "attendu sent, agreed ou refused (l'accord tacite se constate seul)"));
            return errors;
        }

        if (plan.Record(status, request.Date ?? clock.Today) is { } problem)
        {
            errors.Add(problem);
            return errors;
        }

        await db.SaveChangesAsync();
        return errors;
    }

    /// <summary>Checks and prices the next session of <paramref name="plan"/> without saving it.</summary>
    public async Task<SessionDraft> PrepareSessionAsync(TreatmentPlan plan, SessionRequest request)
    {
        var errors = new Errors();
        errors.Required("date", request.Date);
        errors.Required("place", request.Place);
        if (request.Place == PlaceOfCare.Domicile && request.TravelKm is not >= 0)
        {
            errors.Add("travelKm", "travelKm : distance (km, aller simple) obligatoire et positive pour une séance à domicile");
        }

        var act = catalog.FindAct(plan.ActId)!;
        var version = request.Date is { } d ? act.On(d) : null;
        if (request.Date is not null && version is null)
        {
            errors.Add("date", $"date : l'acte {act.ShortLabel} n'est pas en vigueur à cette date");
        }

        var number = await db.Sessions.CountAsync(s => s.PlanId == plan.Id) + 1;
        if (number > plan.SessionCount)
        {
            errors.Add("date", $"date : le plan compte {plan.SessionCount} séances, toutes déjà réalisées");
        }

        if (errors.Any)
        {
            return new SessionDraft(errors, number, null, null);
        }

        var practice = await db.Practices.SingleAsync(p => p.Id == plan.PracticeId);
        var patient = await db.Patients.SingleAsync(p => p.Id == plan.PatientId);
        var effective = EffectiveDap(plan);
        var last12Months = await SessionsLast12MonthsAsync(plan.PatientId, plan.ActId, request.Date!.Value, plan.Id);
        var sessionsToday = await SessionsOnAsync(plan.PatientId, request.Date.Value);
        // Sessions of an earlier series reimbursed since the plan opened: the 15/30 rule may now apply to it too (saved with the session, audited).
        plan.RaiseThresholdIfDue(act, last12Months, catalog.RulesOn(request.Date.Value));

        var quoteRequest = new QuoteRequest(
            request.Date!.Value, request.Time, catalog.FindDepartment(practice.Department)!, request.Place!.Value, [version!.Code], request.Urgent,
            request.Place != PlaceOfCare.Domicile ? null : new Travel(request.TravelKm!.Value, practice.Zone, false),
            new SeriesPosition(number, last12Months, effective is DapStatus.Agreed or DapStatus.TacitlyAgreed, sessionsToday),
            new Quoting.Patient(patient.Coverage, patient.Regime), []);
        return new SessionDraft(errors, number, quoteRequest, quoter(quoteRequest));
    }

    /// <summary>Saves a valid draft as the plan's next session, the quote's lines and issues kept.</summary>
    public async Task<Session> SaveSessionAsync(TreatmentPlan plan, SessionDraft draft, SessionRequest request)
    {
        var quote = draft.Quote ?? throw new InvalidOperationException("Séance non cotée.");
        var session = QuotedSession.Row(plan.PracticeId, plan.Id, draft.Number, request.Date!.Value, request.Time, request.Place!.Value, request.TravelKm, request.Urgent, quote);
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    /// <summary>
    /// Sets the plan's clinical notes: written by the kinés only (<paramref name="user"/> a secrétaire gets
    /// <c>Allowed = false</c>, nothing changed), 8000 characters at most, blank clears them.
    /// </summary>
    public async Task<(bool Allowed, Errors Errors)> SetClinicalNotesAsync(TreatmentPlan plan, string? notes, ClaimsPrincipal user)
    {
        var errors = new Errors();
        if (!MayReadClinicalNotes(user))
        {
            return (false, errors);
        }

        if (plan.SetClinicalNotes(notes) is { } problem)
        {
            errors.Add(problem);
            return (true, errors);
        }

        await db.SaveChangesAsync();
        return (true, errors);
    }

    /// <summary>The plan's clinical notes as <paramref name="user"/> may see them: none for a secrétaire.</summary>
    public static string? ClinicalNotesFor(TreatmentPlan plan, ClaimsPrincipal user) => MayReadClinicalNotes(user) ? plan.ClinicalNotes : null;

    /// <summary>Clinical notes are for the kinés: a secrétaire neither reads nor writes them.</summary>
    public static bool MayReadClinicalNotes(ClaimsPrincipal user) => !user.IsInRole(Roles.Secretary);

    /// <summary>
    /// The patient's sessions of the same act reimbursed (billed and not cancelled by a credit note) over the
    /// <c>dap.lookbackMonths</c> months before <paramref name="date"/>, outside the plan itself: the
    /// <c>sessionsLast12Months</c> the engine needs for the 15/30 rule (ngap-facts §D.1).
    /// </summary>
    public async Task<int> SessionsLast12MonthsAsync(Guid patientId, string actId, DateOnly date, Guid? excludedPlan)
    {
        var from = date.AddMonths(-(int)catalog.Parameter("dap.lookbackMonths", date).Value);
        return await db.Sessions
            .Where(s => s.InvoiceId != null && s.Date >= from && s.Date < date && s.PlanId != excludedPlan)
            .Join(db.Plans.Where(p => p.PatientId == patientId && p.ActId == actId), s => s.PlanId, p => p.Id, (s, _) => s)
            .CountAsync();
    }

    /// <summary>
    /// The patient's sessions already recorded on <paramref name="date"/>, in any plan of the practice: the
    /// <c>series.sessionsToday</c> the engine needs for the once-a-day / twice-a-day limits and the second-session warning
    /// (NGAP Titre XIV, dispositions liminaires; ngap-facts §F).
    /// </summary>
    public async Task<int> SessionsOnAsync(Guid patientId, DateOnly date) =>
        await db.Sessions.Where(s => s.Date == date)
            .Join(db.Plans.Where(p => p.PatientId == patientId), s => s.PlanId, p => p.Id, (s, _) => s)
            .CountAsync();

    /// <summary>The DAP status as it stands today (sent long enough ago = tacitly agreed).</summary>
    public DapStatus EffectiveDap(TreatmentPlan plan) => EffectiveDap(plan, catalog, clock);

    /// <summary>Whether session <paramref name="number"/> of <paramref name="plan"/> may be billed today.</summary>
    public SessionCover CoverOf(int number, TreatmentPlan plan) => CoverOf(number, plan, catalog, clock);

    internal static DapStatus EffectiveDap(TreatmentPlan plan, NgapCatalog catalog, PracticeCalendar clock)
    {
        var today = clock.Today;
        return DapWorkflow.Effective(plan.DapStatus, plan.DapSentOn, today, (int)catalog.Parameter("dap.tacitAgreementDays", today).Value);
    }

    internal static SessionCover CoverOf(int number, TreatmentPlan plan, NgapCatalog catalog, PracticeCalendar clock)
    {
        var today = clock.Today;
        return DapWorkflow.Cover(number, plan.DapThreshold, EffectiveDap(plan, catalog, clock), (int)catalog.Parameter("dap.alertSessionsBefore", today).Value);
    }
}
