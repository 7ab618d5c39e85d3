using Cotakine.Quoting;
using static Cotakine.Tests.Quoting.QuoteRequests;

namespace Cotakine.Tests.Quoting;

public class Article11BCumulationTests
{
    [Fact]
    public void Acute_respiratory_act_with_another_applies_article_11B()
    {
        // Source: ngap-facts §F exception 1 — ARL 8.49 + another act: higher coefficient at 100 %, the other at 50 %.
        var quote = Session("2026-03-12", "ARL 8.49", "RAM 8.09").Quote();
        Assert.Equal((1.0m, 18.76m), (quote.Line("ARL 8.49").Rate, quote.Line("ARL 8.49").Amount));
        Assert.Equal((0.5m, 17.88m, 8.94m), (quote.Line("RAM 8.09").Rate, quote.Line("RAM 8.09").UnitPrice, quote.Line("RAM 8.09").Amount));
        Assert.Contains("article 11 B", quote.Line("RAM 8.09").Rule);
        quote.Issue(RuleId.CumulReduced, Severity.Info);
        Assert.True(quote.IsBillable);
        Assert.Equal(27.70m, quote.Total);
    }

    [Fact]
    public void Higher_coefficient_goes_full_rate_whichever_is_respiratory()
    {
        // Source: ngap-facts §F — « whichever coefficient is higher goes at 100 % » (NMI 10.01 × 2.21 = 22.12; ARL 18.76 / 2 = 9.38).
        var quote = Session("2026-03-12", "ARL 8.49", "NMI 10.01").Quote();
        Assert.Equal(1.0m, quote.Line("NMI 10.01").Rate);
        Assert.Equal(9.38m, quote.Line("ARL 8.49").Amount);
    }

    [Fact]
    public void Second_act_is_half_its_coefficient_rounded_once()
    {
        // Source: ngap-facts §F — NGAP dispositions générales art. 11 B, the second act « noté à 50 % de son coefficient »:
        // (8.12 / 2) × 2.21 = 8.9726 → 8.97 €, not the rounded full price halved (17.95 / 2 = 8.975 → 8.98 €).
        var quote = Session("2026-03-12", "ARL 8.49", "RIC 8.12").Quote();
        var second = quote.Line("RIC 8.12");
        Assert.Equal((17.95m, 0.5m, 8.97m), (second.UnitPrice, second.Rate, second.Amount));
        Assert.Equal(18.76m + 8.97m, quote.Total);
    }

    [Fact]
    public void Two_reeducation_acts_do_not_cumulate()
    {
        // Source: ngap-facts §F — Titre XIV dispositions liminaires, « ces cotations ne sont pas cumulables entre elles ».
        var quote = Session("2026-03-12", "RAM 8.09", "RIC 8.08").Quote();
        Assert.Contains("TER", quote.Issue(RuleId.CumulNotAllowed, Severity.Error).Message);
        Assert.False(quote.IsBillable);
    }

    [Fact]
    public void Third_act_is_not_billable()
    {
        // Source: ngap-facts §F — article 11 B « troisième acte = 0 ».
        var quote = Session("2026-03-12", "ARL 8.49", "RAM 8.09", "RIC 8.08").Quote();
        var issue = quote.Issue(RuleId.CumulNotAllowed, Severity.Error);
        Assert.Equal("RIC 8.08", issue.Code);
        Assert.DoesNotContain(quote.Lines, l => l.Code == "RIC 8.08");
        Assert.Equal(2, quote.Lines.Count);
    }

    [Fact]
    public void Same_act_twice_is_an_error()
    {
        // Source: ngap-facts §F — one cotation per session.
        var quote = Session("2026-03-12", "RAM 8.09", "ram 8,09").Quote();
        Assert.Equal("RAM 8.09", quote.Issue(RuleId.CumulNotAllowed, Severity.Error).Code);
        Assert.Single(quote.Lines);
    }

    [Fact]
    public void Bdk_is_added_to_the_act_at_full_rate()
    {
        // Source: ngap-facts §F « Bilans » — BDK billed in addition to the session act.
        var quote = Session("2026-03-12", "AMK 10.7", "RAM 8.09").Series(1).Quote();
        Assert.Equal((LineKind.Bilan, 1.0m, 23.65m), (quote.Line("AMK 10.7").Kind, quote.Line("AMK 10.7").Rate, quote.Line("AMK 10.7").Amount));
        Assert.Empty(quote.Issues);
    }

    [Fact]
    public void Isolated_bilan_with_a_treatment_is_not_billable()
    {
        // Source: ngap-facts §E.2 — bilans isolés only « en l'absence de traitement de rééducation … en cours ».
        var quote = Session("2026-03-12", "RAM 8.09", "AMK 5").Quote();
        Assert.Equal("AMK 5", quote.Issue(RuleId.CumulNotAllowed, Severity.Error).Code);
        Assert.DoesNotContain(quote.Lines, l => l.Code == "AMK 5");

        var alone = Session("2026-03-12", "AMK 5").Quote();
        Assert.Equal(11.05m, alone.Line("AMK 5").Amount);
        Assert.Empty(alone.Issues);
    }

    [Fact]
    public void Isolated_bilan_beside_a_bdk_is_not_billable()
    {
        // Source: UNCAM-2021-05-27 (Titre XIV chap. I section 1, ngap-facts §E.2) — the bilan isolé exists only outside a
        // rééducation; the BDK (chap. I section 2) opens one, so the two are not billed in one session.
        var quote = Session("2026-03-12", "AMK 10.7", "AMK 8.5").Series(1).Quote();
        var issue = quote.Issue(RuleId.CumulNotAllowed, Severity.Error);
        Assert.Equal("AMK 8.5", issue.Code);
        Assert.Contains("AMK 10.7", issue.Message);
        Assert.Equal(["AMK 10.7"], quote.Lines.Select(l => l.Code));
        Assert.False(quote.IsBillable);
    }

    [Fact]
    public void Palliative_daily_rate_takes_no_urgent_respiratory_act()
    {
        // Source: SEED-Doctolib (NGAP Titre XIV chap. II art. 11): PLL « comportant les actes nécessaires … (mobilisation,
        // massage, drainage bronchique...) », daily flat rate: ARL 8.49 is included, not billed beside it under 11 B.
        var quote = Session("2026-03-12", "PLL 12", "ARL 8.49").Quote();
        var issue = quote.Issue(RuleId.CumulNotAllowed, Severity.Error);
        Assert.Equal("ARL 8.49", issue.Code);
        Assert.Contains("drainage bronchique", issue.Message);
        Assert.Equal(["PLL 12"], quote.Lines.Select(l => l.Code));
        Assert.Empty(quote.Issues(RuleId.CumulReduced));
    }

    [Theory]
    // Source: SEED-Doctolib art. 5 text (ngap-facts §F exception 1): 11 B needs a respiratory act for an acute episode
    // « et d'un acte de rééducation d'une autre nature »: another article 5 (respiratory) act is not another nature.
    [InlineData("ARL 8.5")]
    [InlineData("ARL 10")]
    [InlineData("ARL 8.51")]
    public void Urgent_respiratory_act_with_another_respiratory_act_does_not_cumulate(string other)
    {
        var quote = Session("2026-03-12", "ARL 8.49", other).Quote();
        Assert.Contains("autre nature", quote.Issue(RuleId.CumulNotAllowed, Severity.Error).Message);
        Assert.Empty(quote.Issues(RuleId.CumulReduced));
        Assert.All(quote.Lines, l => Assert.Equal(1.0m, l.Rate));
        Assert.False(quote.IsBillable);
    }

    [Fact]
    public void Urgent_respiratory_act_with_a_vestibular_act_is_another_nature()
    {
        // Source: ngap-facts §D — ARL 8 (rééducation vestibulaire) is article 6, not the respiratory article 5: 11 B applies.
        var quote = Session("2026-03-12", "ARL 8.49", "ARL 8").Quote();
        quote.Issue(RuleId.CumulReduced, Severity.Info);
        Assert.Equal(0.5m, quote.Line("ARL 8").Rate);
        Assert.True(quote.IsBillable);
    }

    [Fact]
    public void Supplement_needs_an_act()
    {
        // Source: ngap-facts §E.3 / §D art. 7 — supplements are added to an act of the session.
        var alone = Session("2026-03-12", "AMK 2.5").Quote();
        Assert.Equal("AMK 2.5", alone.Issue(RuleId.CumulNotAllowed, Severity.Error).Code);
        Assert.Empty(alone.Lines);

        var balneo = Session("2026-03-12", "RIC 8.08", "AMK 2.5").Quote();
        Assert.Equal((LineKind.Supplement, 5.53m), (balneo.Line("AMK 2.5").Kind, balneo.Line("AMK 2.5").Amount));
        Assert.True(balneo.IsBillable);
    }

    [Fact]
    public void Rav_bandage_goes_only_with_a_rav_act()
    {
        // Source: ngap-facts §D art. 7 — « Supplément bandage multicouche » of the vasculaire article (RAV 1 / RAV 2).
        var wrong = Session("2026-03-12", "RAM 8.09", "RAV 1").Quote();
        Assert.Equal("RAV 1", wrong.Issue(RuleId.CumulNotAllowed, Severity.Error).Code);

        var right = Session("2026-03-12", "RAV 8", "RAV 1").Quote();
        Assert.Equal(2.21m, right.Line("RAV 1").Amount);
        Assert.True(right.IsBillable);
    }
}
