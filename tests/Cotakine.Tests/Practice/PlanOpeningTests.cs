using Cotakine.Catalog.Loading;
using Cotakine.Practice.Plans;

namespace Cotakine.Tests.Practice;

/// <summary>
/// Opening a plan. Sources: ngap-facts §K.2 (renewal by the kiné of a prescription less than 12 months old, avenant 7)
/// and §K.3 (direct access without prior diagnosis: 8 sessions per patient per episode of at most 3 months).
/// </summary>
public sealed class PlanOpeningTests
{
    private static readonly Cotakine.Catalog.NgapCatalog Catalog = CatalogLoader.Embedded;
    private static readonly DateOnly Start = new(2026, 3, 2);

    [Fact]
    public void A_prescription_plan_needs_its_prescription()
    {
        Assert.Contains("prescriptionId", PlanOpening.Check(Catalog, PlanOrigin.Prescription, Start, null, 10).Keys);
        Assert.Empty(PlanOpening.Check(Catalog, PlanOrigin.Prescription, Start, Start.AddDays(-3), 10));
    }

    [Fact]
    public void Renewal_only_of_a_prescription_less_than_12_months_old()
    {
        Assert.Empty(PlanOpening.Check(Catalog, PlanOrigin.Renewal, Start, Start.AddMonths(-12).AddDays(1), 10));
        var tooOld = PlanOpening.Check(Catalog, PlanOrigin.Renewal, Start, Start.AddMonths(-12), 10);
        Assert.Contains("12 mois", tooOld["origin"], StringComparison.Ordinal);
    }

    [Fact]
    public void Direct_access_is_capped_at_8_sessions()
    {
        Assert.Empty(PlanOpening.Check(Catalog, PlanOrigin.DirectAccess, Start, null, 8));
        Assert.Contains("8 séances", PlanOpening.Check(Catalog, PlanOrigin.DirectAccess, Start, null, 9)["sessionCount"], StringComparison.Ordinal);
        Assert.Contains("sessionCount", PlanOpening.Check(Catalog, PlanOrigin.Prescription, Start, Start, 0).Keys);
    }

    [Fact]
    public void An_episode_lasts_3_months()
    {
        Assert.Equal(new DateOnly(2026, 4, 4), PlanOpening.DirectAccessEpisodeEnd(Catalog, new DateOnly(2026, 1, 5)));
    }

    [Fact]
    public void Plans_of_one_episode_share_its_cap_and_a_later_plan_opens_a_new_episode()
    {
        var earlier = new[] { (new DateOnly(2026, 1, 5), 5), (new DateOnly(2026, 2, 1), 3) };
        Assert.Equal((new DateOnly(2026, 1, 5), 8), PlanOpening.DirectAccessEpisode(Catalog, earlier, new DateOnly(2026, 4, 4)));
        Assert.Equal((new DateOnly(2026, 4, 5), 0), PlanOpening.DirectAccessEpisode(Catalog, earlier, new DateOnly(2026, 4, 5)));
        // Chained: the plan of 5 April opened a second episode, which a plan of 1 May joins.
        var chained = earlier.Append((new DateOnly(2026, 4, 5), 2));
        Assert.Equal((new DateOnly(2026, 4, 5), 2), PlanOpening.DirectAccessEpisode(Catalog, chained, new DateOnly(2026, 5, 1)));
        Assert.Equal((new DateOnly(2026, 3, 1), 0), PlanOpening.DirectAccessEpisode(Catalog, [], new DateOnly(2026, 3, 1)));
    }
}
