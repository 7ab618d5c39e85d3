using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Sessions;

/// <summary>
/// What the practice's records say around a session that its quote depends on (<see cref="SessionHistory"/>), counted in
/// the database: the patient's reimbursed sessions of the same act over the look-back window and the patient's sessions
/// already recorded that day.
/// </summary>
internal sealed class SessionHistoryQueries(CotakineDbContext db, NgapCatalog catalog)
{
    /// <summary>The history of a session of <paramref name="planId"/> (patient, act) on <paramref name="date"/>.</summary>
    public async Task<SessionHistory> OfAsync(Guid patientId, string actId, DateOnly date, Guid? planId) =>
        new(await SessionsLast12MonthsAsync(patientId, actId, date, planId), await SessionsOnAsync(patientId, date));

    /// <summary>
    /// The patient's sessions of the same act reimbursed (billed and not cancelled by a credit note) over the
    /// <see cref="PracticeRules.LookbackMonths"/> months before <paramref name="date"/>, outside the plan itself: the
    /// <c>sessionsLast12Months</c> the engine needs for the 15/30 rule (ngap-facts §D.1).
    /// </summary>
    public async Task<int> SessionsLast12MonthsAsync(Guid patientId, string actId, DateOnly date, Guid? excludedPlan)
    {
        var from = date.AddMonths(-catalog.RulesOn(date).LookbackMonths);
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
}
