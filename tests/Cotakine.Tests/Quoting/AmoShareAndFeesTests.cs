using Cotakine.Quoting;
using static Cotakine.Tests.Quoting.QuoteRequests;

namespace Cotakine.Tests.Quoting;

public class AmoShareAndFeesTests
{
    [Theory]
    // Source: ngap-facts §J — 60 % standard (17.88 × 0.6 = 10.728 → 10.73), 90 % régime local d'Alsace-Moselle (16.092 → 16.09), 100 % ALD.
    [InlineData(Coverage.Standard, Regime.General, 10.73)]
    [InlineData(Coverage.Standard, Regime.AlsaceMoselle, 16.09)]
    [InlineData(Coverage.Ald, Regime.General, 17.88)]
    // Source: ameli « Complémentaire santé solidaire » (AMELI-C2S) — the AMO pays its own rate, the C2S the complementary share.
    [InlineData(Coverage.C2s, Regime.General, 10.73)]
    [InlineData(Coverage.C2s, Regime.AlsaceMoselle, 16.09)]
    public void Amo_rate_by_coverage_and_regime(Coverage coverage, Regime regime, decimal amo)
    {
        var quote = Session("2026-03-12", "RAM 8.09").In(regime == Regime.AlsaceMoselle ? "67" : "75").For(coverage, regime).Quote();
        Assert.Equal(amo, quote.Amo);
        Assert.Equal(17.88m - amo, quote.PatientShare);
    }

    [Fact]
    public void Likely_rates_apply_without_noise()
    {
        // Source: data/ngap/coverage.json — ALD 100 % is « likely »: applied, and only « unsure » facts raise an info (see AmoShare).
        var quote = Session("2026-03-12", "RAM 8.09").For(Coverage.Ald).Quote();
        Assert.Equal(quote.Total, quote.Amo);
        Assert.DoesNotContain(quote.Issues, i => i.Message.Contains("Part AMO", StringComparison.Ordinal));
    }

    [Fact]
    public void Fees_are_never_in_the_amo_share()
    {
        // Source: ngap-facts §I.2 — DE is not reimbursed by the AMO.
        var quote = Session("2026-03-12", "RAM 8.09").Place(PlaceOfCare.Domicile).WithFee(FeeKind.Depassement, 10).Quote();
        Assert.Equal((LineKind.Fee, 10m), (quote.Line("DE").Kind, quote.Line("DE").Amount));
        Assert.Equal(27.88m, quote.Total);
        Assert.Equal(10.73m, quote.Amo);
        Assert.Equal(17.15m, quote.PatientShare);
        Assert.True(quote.IsBillable);
    }

    [Fact]
    public void C2s_share_is_shown_apart_and_the_amo_keeps_its_own_rate()
    {
        // Source: ameli « Complémentaire santé solidaire » (AMELI-C2S) and CONTRACT.md 1.1 — amo = 60 % of 17.88 = 10.73;
        // c2s = 17.88 − 10.73 = 7.15; the patient pays nothing.
        var quote = Session("2026-03-12", "RAM 8.09").For(Coverage.C2s).Quote();
        Assert.Equal((17.88m, 10.73m, 7.15m, 7.15m), (quote.Total, quote.Amo, quote.PatientShare, quote.C2s));
        Assert.Null(Session("2026-03-12", "RAM 8.09").Quote().C2s);
        Assert.Null(Session("2026-03-12", "RAM 8.09").For(Coverage.Ald).Quote().C2s);
    }

    [Fact]
    public void Particular_demand_fee_stays_allowed_for_c2s()
    {
        // Source: ameli « Complémentaire santé solidaire » (AMELI-C2S): no dépassement « sauf exigences particulières »;
        // the DE is the dépassement for the patient's particular demand: billed to the patient, outside AMO and C2S shares.
        var quote = Session("2026-03-12", "RAM 8.09").For(Coverage.C2s).WithFee(FeeKind.Depassement, 10).Quote();
        Assert.Empty(quote.Issues(RuleId.FeeNotAllowed, Severity.Error));
        Assert.Contains("exigences particulières", quote.Issue(RuleId.FeeNotAllowed, Severity.Info).Message);
        Assert.Equal(10m, quote.Line("DE").Amount);
        Assert.Equal((27.88m, 10.73m, 7.15m), (quote.Total, quote.Amo, quote.C2s));
        Assert.Equal(10m, quote.PatientShare - quote.C2s);
        Assert.True(quote.IsBillable);
    }

    [Fact]
    public void Hn_added_to_an_ngap_session_is_a_warning()
    {
        // Source: ngap-facts §I.3 — [SEED-Milo] « Séance NGAP + 5 € HN … C'est pourtant illégal ».
        Assert.Contains("prestation distincte", Session("2026-03-12", "RAM 8.09").WithFee(FeeKind.HorsNomenclature, 5).Quote().Issue(RuleId.FeeNotAllowed, Severity.Warning).Message);
        var alone = Session("2026-03-12").WithFee(FeeKind.HorsNomenclature, 40).Quote();
        Assert.Empty(alone.Issues);
        Assert.Equal((40m, 0m), (alone.Total, alone.Amo));
    }

    [Theory]
    // Source: ngap-facts §I.2 — written devis when fees reach 70 €.
    [InlineData(69.99, false)]
    [InlineData(70.00, true)]
    public void Devis_from_70_euros(decimal amount, bool devis)
    {
        var quote = Session("2026-03-12").WithFee(FeeKind.HorsNomenclature, amount).Quote();
        Assert.Equal(devis, quote.Issues(RuleId.FeeNotAllowed, Severity.Warning).Any(i => i.Message.Contains("devis")));
    }
}
