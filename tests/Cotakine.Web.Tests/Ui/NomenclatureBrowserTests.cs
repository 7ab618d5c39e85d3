using Cotakine.Catalog.Loading;
using Cotakine.Web.Nomenclature;

namespace Cotakine.Web.Tests.Ui;

public sealed class NomenclatureBrowserTests
{
    private readonly NomenclatureBrowser _browser = new(CatalogLoader.Embedded);

    [Fact]
    public void Acts_are_grouped_by_article_in_ngap_order_with_metro_and_drom_prices()
    {
        var date = new DateOnly(2026, 3, 12);
        var groups = _browser.ByArticle(date);
        Assert.Equal("1", groups[0].Article);
        var lca = groups.SelectMany(g => g.Rows).Single(r => r.Act.Id == "ric-lca");
        // Source: acts.json ric-lca (RIC 8.08 from 2026-01-01) × point 2.21 € metro (point-values.json) = 17.86 €.
        Assert.Equal("RIC 8.08", lca.Version.Code.ToString());
        Assert.Equal(17.86m, lca.PriceMetro);
        Assert.NotNull(lca.PriceDrom);
        Assert.Equal("DAP au-delà de 40 séances", lca.Referentiel);
        Assert.Empty(lca.ToCheck);
    }

    [Fact]
    public void A_planned_period_is_marked_to_check()
    {
        var act = CatalogLoader.Embedded.FindAct("ric-lca")!;
        var date = new DateOnly(2027, 7, 15);
        var row = _browser.Row(act.On(date)!, date);
        Assert.True(row.NeedsCheck);
        Assert.Contains(row.ToCheck, t => t.Contains("prévue", StringComparison.Ordinal));
    }

    [Fact]
    public void The_next_revaluation_after_mid_december_2025_is_1_january_2026()
    {
        // Source: acts.json ric-lca — RIC 7.48 until 2025-12-31, RIC 8.08 from 2026-01-01 (avenant 7).
        var next = _browser.NextRevaluation(new DateOnly(2025, 12, 15))!;
        Assert.Equal(new DateOnly(2026, 1, 1), next.Date);
        var lca = next.Changes.Single(c => c.Act.Id == "ric-lca");
        Assert.Equal("RIC 7.48", lca.Before!.Code.ToString());
        Assert.Equal("RIC 8.08", lca.After!.Code.ToString());
        Assert.Equal(16.53m, lca.PriceBefore);
        Assert.Equal(17.86m, lca.PriceAfter);
        Assert.False(lca.Planned);
    }

    [Fact]
    public void Referentiel_text_handles_dap_before_first_session()
    {
        var canal = CatalogLoader.Embedded.Acts.FirstOrDefault(a => a.Dap is { SessionsBeforeDap: 0 });
        Assert.NotNull(canal);
        Assert.StartsWith("DAP dès la 1re séance", new NomenclatureBrowser(CatalogLoader.Embedded).Referentiel(canal, new DateOnly(2026, 2, 1)));
    }

    [Fact]
    public void Raised_threshold_text_reads_its_condition_from_the_rule_parameters()
    {
        // Source: seed table « 30 séances sur 12 mois » (lombalgie commune); rules.json dap.raisedThresholdPriorSessions / dap.lookbackMonths.
        var catalog = CatalogLoader.Embedded;
        var act = catalog.Acts.First(a => a.Dap is { RaisedThreshold: not null });
        var date = new DateOnly(2026, 2, 1);
        var text = new NomenclatureBrowser(catalog).Referentiel(act, date);
        Assert.Contains($"({act.Dap!.RaisedThreshold} après {catalog.Parameter("dap.raisedThresholdPriorSessions", date).Value:0} séances en {catalog.Parameter("dap.lookbackMonths", date).Value:0} mois)", text, StringComparison.Ordinal);
        Assert.Contains("après 30 séances en 12 mois", text, StringComparison.Ordinal);
    }
}
