using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Sessions;
using Cotakine.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Sessions;

/// <summary>
/// « Coter la séance »: checks and prices the next session of a plan without saving it, through the domain's
/// <see cref="SessionPricing"/> with the practice, the patient and the history read here. Pricing may raise the plan's DAP
/// threshold (the 15/30 rule applies once an earlier series is reimbursed): the change is saved with the session.
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
        if (request.Date is null)
        {
            problems.Add("date", "champ obligatoire");
        }

        if (request.Place is null)
        {
            problems.Add("place", "champ obligatoire");
        }

        var act = catalog.FindAct(plan.ActId)!;
        if (request.Date is not { } date || request.Place is not { } place)
        {
            return new SessionDraft(problems, number, null, null, plan.CoverToday(number, catalog, calendar));
        }

        var input = new SessionInput(date, request.Time, place, request.TravelKm, request.Urgent);
        foreach (var problem in SessionPricing.Check(plan, act, number, input))
        {
            problems.Add(problem);
        }

        if (problems.Any)
        {
            return new SessionDraft(problems, number, input, null, plan.CoverToday(number, catalog, calendar));
        }

        var practice = await db.Practices.SingleAsync(p => p.Id == plan.PracticeId);
        var patient = await db.Patients.SingleAsync(p => p.Id == plan.PatientId);
        var past = await history.OfAsync(plan.PatientId, plan.ActId, date, plan.Id);
        plan.RaiseThresholdIfDue(act, past.SessionsLast12Months, catalog.RulesOn(date));
        var today = calendar.Today;
        var quoteRequest = SessionPricing.Request(
            plan, act, patient.ForQuote(), catalog.FindDepartment(practice.Department)!, practice.Zone, number, input, past, today, catalog.RulesOn(today));
        return new SessionDraft(problems, number, input, quoter(quoteRequest), plan.CoverToday(number, catalog, calendar));
    }
}
