using Cotakine.Quoting;
using static Cotakine.Tests.Quoting.QuoteRequests;

namespace Cotakine.Tests.Quoting;

public class BilanCadenceRuleTests
{
    [Theory]
    // Source: ngap-facts §R.2 (a) — [AMELI-BDK]: BDK at session 1, then the 30th, then every 20 sessions.
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(29, false)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    [InlineData(50, true)]
    [InlineData(70, true)]
    public void Standard_bdk_follows_its_cadence(int session, bool due)
    {
        var quote = Session("2026-03-12", "RAM 8.09", "AMK 10.7").Series(session, dapAgreed: true).Quote();
        if (due)
        {
            Assert.Empty(quote.Issues(RuleId.BilanNotDue));
            Assert.Equal(23.65m, quote.Line("AMK 10.7").Amount);
        }
        else
        {
            var issue = quote.Issue(RuleId.BilanNotDue, Severity.Error);
            Assert.Contains($"séance {session}", issue.Message);
            Assert.DoesNotContain(quote.Lines, l => l.Code == "AMK 10.7");
        }
    }

    [Theory]
    // Source: ngap-facts §R.2 (a) — neuro BDK at session 1, then the 60th, then every 50 (1, 60, 110…).
    [InlineData(1, true)]
    [InlineData(30, false)]
    [InlineData(60, true)]
    [InlineData(110, true)]
    public void Neuro_bdk_follows_its_cadence(int session, bool due) =>
        Assert.Equal(due, !Session("2026-03-12", "NMI 9", "AMK 10.8").Series(session).Quote().Issues(RuleId.BilanNotDue, Severity.Error).Any());

    [Fact]
    public void Neuro_bdk_without_an_article_4_act_is_a_warning()
    {
        // Source: ngap-facts §E.1 — BDK 10.8 for neurological and muscular affections (NMI article 4 acts).
        var quote = Session("2026-03-12", "RAM 8.09", "AMK 10.8").Series(1).Quote();
        Assert.Equal("AMK 10.8", quote.Issue(RuleId.BilanNotDue, Severity.Warning).Code);
        Assert.Empty(Session("2026-03-12", "NMI 9", "AMK 10.8").Series(1).Quote().Issues(RuleId.BilanNotDue));
    }

    [Fact]
    public void Due_bdk_missing_is_an_info()
    {
        // Source: ngap-facts §R.2 (a) — a BDK is billable at the 30th session (standard) and the 60th (neuro).
        Assert.Equal("AMK 10.7", Session("2026-03-12", "RAM 8.09").Series(30, dapAgreed: true).Quote().Issue(RuleId.BilanNotDue, Severity.Info).Code);
        Assert.Equal("AMK 10.8", Session("2026-03-12", "NMI 9").Series(60).Quote().Issue(RuleId.BilanNotDue, Severity.Info).Code);
        Assert.Empty(Session("2026-03-12", "NMI 9").Series(30).Quote().Issues(RuleId.BilanNotDue));
    }
}
