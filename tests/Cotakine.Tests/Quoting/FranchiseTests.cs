using Cotakine.Catalog;
using Cotakine.Quoting;
using static Cotakine.Tests.Quoting.QuoteRequests;

namespace Cotakine.Tests.Quoting;

/// <summary>
/// Franchise médicale — ngap-facts §J: 1 € per paramedical act from 31 March 2024 (décret du 16 février 2024), 0.50 € before,
/// daily cap 4 € (2 € before), yearly cap 50 €; exempt: C2S, maternité (and minors); withheld by the caisse, never deducted
/// from the invoice.
/// </summary>
public class FranchiseTests
{
    [Fact]
    public void One_euro_per_act_is_shown_and_not_deducted()
    {
        var quote = Session("2026-03-12", "RAM 8.09", "AMK 10.7").Series(1).Quote();
        var franchise = Assert.IsType<FranchiseEstimate>(quote.Franchise);
        Assert.Equal((2.00m, 1.00m, 2, 4.00m, 50.00m, false), (franchise.Amount, franchise.PerAct, franchise.Acts, franchise.DailyCap, franchise.AnnualCap, franchise.Exempt));
        Assert.Contains("DECRET-2024-114", franchise.Sources);
        Assert.Contains("jamais déduite de la facture", franchise.Note);
        Assert.Contains("moins de 18 ans", franchise.Note);
        Assert.Equal(17.88m + 23.65m, quote.Total);
    }

    [Theory]
    // Source: ngap-facts §J — 0.50 € per act until 30 March 2024, 1 € from 31 March 2024.
    [InlineData("2024-03-30", 0.50)]
    [InlineData("2024-03-31", 1.00)]
    public void Amount_follows_the_decree_date(string date, decimal perAct)
    {
        var franchise = Session(date, "RAM 7.49").Quote().Franchise!;
        Assert.Equal((perAct, perAct), (franchise.PerAct, franchise.Amount));
    }

    [Theory]
    [InlineData(Coverage.C2s)]
    [InlineData(Coverage.Maternite)]
    public void Exempt_coverages_show_no_franchise(Coverage coverage)
    {
        var franchise = Session("2026-03-12", "RAM 8.09").For(coverage).Quote().Franchise!;
        Assert.True(franchise.Exempt);
        Assert.Equal(0m, franchise.Amount);
        Assert.StartsWith("Pas de franchise médicale", franchise.Note);
    }

    [Fact]
    public void At_mp_is_shown_with_a_check_to_make()
    {
        // The sources consulted do not list AT-MP among the exemptions: shown, marked « à vérifier », never dropped silently.
        var franchise = Session("2026-03-12", "RAM 8.09").For(Coverage.AtMp).Quote().Franchise!;
        Assert.Equal(1.00m, franchise.Amount);
        Assert.Contains("à vérifier", franchise.Note);
        Assert.Equal(Confidence.Unsure, franchise.Confidence);
    }

    [Fact]
    public void No_act_no_franchise()
    {
        Assert.Null(Session("2026-03-12").WithFee(FeeKind.HorsNomenclature, 40).Quote().Franchise);
    }
}
