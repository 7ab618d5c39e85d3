using Cotakine.Catalog;
using Cotakine.Practice;
using Cotakine.Practice.Plans;

namespace Cotakine.Web.Features.Plans;

/// <summary>
/// A plan's DAP status and session cover as they stand on the practice's today: the domain's
/// <see cref="TreatmentPlan.EffectiveDap"/> and <see cref="TreatmentPlan.CoverOf"/> with the calendar's day and the rules
/// in force that day, so that the pages, the API, the Journée and invoicing all ask the same question the same way.
/// </summary>
internal static class PlanToday
{
    /// <summary>The DAP status today (sent long enough ago = tacitly agreed).</summary>
    public static DapStatus DapToday(this TreatmentPlan plan, NgapCatalog catalog, PracticeCalendar calendar)
    {
        var today = calendar.Today;
        return plan.EffectiveDap(today, catalog.RulesOn(today));
    }

    /// <summary>Whether session <paramref name="number"/> of the plan, done on <paramref name="date"/> (unknown: the next one), may be billed today.</summary>
    public static SessionCover CoverToday(this TreatmentPlan plan, int number, NgapCatalog catalog, PracticeCalendar calendar, DateOnly? date = null)
    {
        var today = calendar.Today;
        return plan.CoverOf(number, today, catalog.RulesOn(today), date);
    }
}
