using Cotakine.Catalog;

namespace Cotakine.Practice.Plans;

/// <summary>
/// When the next bilan-diagnostic kinésithérapique (BDK) of a plan is due: the bilan act that goes with the plan's act
/// (the specific one for its article, e.g. the neurological BDK for article 4, else the general one; ngap-facts §R.2 a)
/// and the first session, from a given session on, at which its <see cref="BilanCadence"/> makes it
/// billable. The cadence is data (<see cref="NgapCatalog.BilanActs"/>), the same the quote engine applies.
/// </summary>
public static class BilanDue
{
    /// <summary>The next bilan of a plan for <paramref name="act"/>, or null when no bilan act is in force on <paramref name="date"/>.</summary>
    public static (int Session, ActVersion Bilan)? Next(NgapCatalog catalog, Act act, DateOnly date, int fromSession)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(act);
        var bilans = catalog.BilanActs.Select(a => a.On(date)).OfType<ActVersion>().ToList();
        var specific = bilans.Where(v => v.Act.BilanCadence!.WithArticles.Count > 0 && v.Act.BilanCadence.GoesWith(act.Article)).ToList();
        var candidates = specific.Count > 0 ? specific : bilans.Where(v => v.Act.BilanCadence!.WithArticles.Count == 0).ToList();
        return candidates
            .Select(v => ((int Session, ActVersion Bilan)?)(v.Act.BilanCadence!.NextDueFrom(Math.Max(1, fromSession)), v))
            .MinBy(x => x!.Value.Session);
    }
}
