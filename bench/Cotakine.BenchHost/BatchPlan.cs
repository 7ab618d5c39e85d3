using Cotakine.Catalog;
using Cotakine.Quoting;
using Cotakine.Territories;

namespace Cotakine.BenchHost;

/// <summary>
/// A treatment plan as the year batch needs it to quote its sessions: the act, the patient's cover, the practice's
/// département and travel zone, and whether the DAP was agreed. Built once per plan, shared by all its sessions.
/// </summary>
internal sealed record BatchPlan(Act Act, Patient Patient, Department Department, TravelZone Zone, bool DapAgreed)
{
    /// <summary>
    /// The quote request of session <paramref name="s"/> of this plan, built as the practice API builds it when a
    /// session is added (one act of the plan, IK at home from the practice's zone, the session's rank in the plan).
    /// </summary>
    public QuoteRequest Request(BatchSession s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var version = Act.On(s.Date) ?? Act.Versions.First();
        return new QuoteRequest(
            s.Date, s.Time, Department, s.Place, [version.Code], s.Urgent,
            s.Place == PlaceOfCare.Domicile && s.TravelKm is { } km ? new Travel(km, Zone, false) : null,
            new SeriesPosition(s.Number, 0, DapAgreed),
            Patient, []);
    }

    /// <summary>An amount of a quote in integer cents, as sessions store it (already rounded by <see cref="Money.MoneyRounding"/>).</summary>
    public static long Cents(decimal euros) => (long)(Money.MoneyRounding.ToCent(euros) * 100m);
}
