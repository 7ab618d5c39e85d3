using Cotakine.Catalog;
using Cotakine.Practice;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Sessions;
using Cotakine.Quoting;
using Cotakine.Territories;

namespace Cotakine.BenchHost;

/// <summary>
/// A treatment plan as the year batch needs it to quote its sessions: the plan and its act, the patient's cover, the
/// practice's département and travel zone, and the rules in force at its start. Built once per plan, shared by all its
/// sessions.
/// </summary>
internal sealed record BatchPlan(TreatmentPlan Plan, Act Act, Patient Patient, Department Department, TravelZone Zone, PracticeRules Rules)
{
    /// <summary>
    /// The quote request of session <paramref name="s"/> of this plan, built by the product's own
    /// <see cref="SessionPricing"/>, as the practice app builds it when a session is recorded. The history is empty by
    /// construction: each synthetic patient has one plan and one session a day, so no earlier reimbursed session of the
    /// same act (15/30 rule) and no other session that day.
    /// </summary>
    public QuoteRequest Request(BatchSession s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return SessionPricing.Request(
            Plan, Act, Patient, Department, Zone, s.Number, new SessionInput(s.Date, s.Time, s.Place, s.TravelKm, s.Urgent), SessionHistory.None,
            s.Date, Rules);
    }

    /// <summary>An amount of a quote in integer cents, as sessions store it (already rounded by <see cref="Money.MoneyRounding"/>).</summary>
    public static long Cents(decimal euros) => (long)(Money.MoneyRounding.ToCent(euros) * 100m);
}
