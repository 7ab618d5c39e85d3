using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Sessions;
using Cotakine.Quoting;
using Cotakine.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Sessions;

/// <summary>
/// « Coter la séance »: checks and prices the next session of a plan without saving it, through the domain's
/// <see cref="SessionPricing"/> with the practice, the patient, the prescription and the history read here: the coverage
/// of this care (<see cref="AldExoneration"/>: 100 % only for care the prescription relates to the ALD), the agglomeration
/// the communes give by default (<see cref="Agglomeration"/>), the prescription's date (no session before it) and its
/// « urgence » / « dimanches et jours fériés » mentions (the majorations are checked against them). Pricing may raise the
/// plan's DAP threshold (the 15/30 rule applies once an earlier series is reimbursed): the change is saved with the session.
/// </summary>
internal sealed class PriceSession(CotakineDbContext db, NgapCatalog catalog, PracticeCalendar calendar, SessionQuoter quoter, SessionHistoryQueries history)
{
    /// <summary>The draft of the next session of <paramref name="plan"/> as <paramref name="request"/> describes it.</summary>
    public async Task<SessionDraft> ExecuteAsync(TreatmentPlan plan, SessionRequest request)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(request);
        var problems = new Problems();
        var number = await db.Sessions.CountAsync(s => s.PlanId == plan.Id) + 1;
        var practice = await db.Practices.SingleAsync(p => p.Id == plan.PracticeId);
        var patient = await db.Patients.SingleAsync(p => p.Id == plan.PatientId);
        var prescription = plan.PrescriptionId is { } prescriptionId ? await db.Prescriptions.SingleOrDefaultAsync(p => p.Id == prescriptionId) : null;
        var sameByDefault = Agglomeration.SameByDefault(practice.Address, patient.PostalCode, patient.Commune);
        var (coverage, warning) = AldExoneration.For(patient.Coverage, prescription);
        IReadOnlyList<string> notices = warning is null ? [] : [warning];
        if (request.Date is null)
        {
            problems.Add("date", "champ obligatoire");
        }

        if (request.Place is null)
        {
            problems.Add("place", "champ obligatoire");
        }

        var extra = new List<ActCode>();
        foreach (var text in request.ExtraActs ?? [])
        {
            if (ActCode.TryParse(text, out var code))
            {
                extra.Add(code);
            }
            else
            {
                problems.Add("extraActs", $"« {text} » n'est pas un code d'acte (lettre clé et coefficient, ex. AMK 10.7)");
            }
        }

        var act = catalog.FindAct(plan.ActId)!;
        if (request.Date is not { } date || request.Place is not { } place || problems.Any)
        {
            return new SessionDraft(problems, number, null, null, plan.CoverToday(number, catalog, calendar), notices, sameByDefault);
        }

        var input = new SessionInput(date, request.Time, place, request.TravelKm, request.Urgent, request.SameAgglomeration ?? sameByDefault, extra, request.WithoutMajoration);
        foreach (var problem in SessionPricing.Check(plan, act, number, input, prescription?.Date))
        {
            problems.Add(problem);
        }

        var cover = plan.CoverToday(number, catalog, calendar, date);
        if (problems.Any)
        {
            return new SessionDraft(problems, number, input, null, cover, notices, sameByDefault);
        }

        var past = await history.OfAsync(plan.PatientId, plan.ActId, date, plan.Id);
        plan.RaiseThresholdIfDue(act, past.SessionsLast12Months, catalog.RulesOn(date));
        var today = calendar.Today;
        var prescribed = prescription is null ? null : new PrescribedCare(prescription.Urgent, prescription.IncludingSundaysAndHolidays);
        var quoteRequest = SessionPricing.Request(
            plan, act, new Quoting.Patient(coverage, patient.Regime), catalog.FindDepartment(practice.Department)!, practice.Zone, number, input, past, today,
            catalog.RulesOn(today), prescribed);
        return new SessionDraft(problems, number, input, quoter(quoteRequest), plan.CoverToday(number, catalog, calendar, date), notices, sameByDefault);
    }
}
