using Cotakine.Quoting;
using static Cotakine.Tests.Quoting.QuoteRequests;

namespace Cotakine.Tests.Quoting;

public class DapThresholdTests
{
    [Theory]
    // Source: ngap-facts §D.1 — lombalgie commune (RAM 7.49 in 2025): 15 sessions reimbursed without DAP, DAP from the
    // 16th (DAP_REQUIRED: this session needs one); the last 3 covered sessions warn DAP_DUE_SOON (rules.json
    // dap.alertSessionsBefore, CONTRACT.md 1.1: « still covered, but the next ones need an agreed DAP »).
    [InlineData(12, 0, null, null)]
    [InlineData(13, 0, RuleId.DapDueSoon, Severity.Warning)]
    [InlineData(15, 0, RuleId.DapDueSoon, Severity.Warning)]
    [InlineData(16, 0, RuleId.DapRequired, Severity.Error)]
    // Source: ngap-facts §D.1 — « the 31st session if 30 sessions … were reimbursed during the previous 12 months ».
    [InlineData(16, 29, RuleId.DapRequired, Severity.Error)]
    [InlineData(16, 30, null, null)]
    [InlineData(30, 30, RuleId.DapDueSoon, Severity.Warning)]
    [InlineData(31, 30, RuleId.DapRequired, Severity.Error)]
    public void Lombalgie_threshold(int session, int last12Months, string? rule, Severity? expected)
    {
        var quote = Session("2025-06-02", "RAM 7.49").Series(session, last12Months).Quote();
        var issues = quote.Issues.Where(i => i.Rule is RuleId.DapRequired or RuleId.DapDueSoon).ToList();
        if (expected is null)
        {
            Assert.Empty(issues);
        }
        else
        {
            var issue = Assert.Single(issues);
            Assert.Equal((rule, expected), (issue.Rule, issue.Severity));
        }
    }

    [Fact]
    public void Last_lca_session_without_dap_is_due_soon_not_required()
    {
        // Source: ngap-facts §D (RIC 7.48 → 8.08, LCA référentiel, DAP from the 41st session; UNCAM-2011-11-02):
        // the 40th session is still reimbursed without DAP.
        var fortieth = Session("2026-03-12", "RIC 8.08").Series(40).Quote();
        Assert.Contains("envoyez la demande d'accord préalable maintenant", fortieth.Issue(RuleId.DapDueSoon, Severity.Warning).Message);
        Assert.Empty(fortieth.Issues(RuleId.DapRequired));
        Assert.True(fortieth.IsBillable);

        var fortyFirst = Session("2026-03-12", "RIC 8.08").Series(41).Quote();
        fortyFirst.Issue(RuleId.DapRequired, Severity.Error);
        Assert.Empty(fortyFirst.Issues(RuleId.DapDueSoon));
    }

    [Fact]
    public void Error_message_says_to_send_the_dap_and_agreed_dap_clears_it()
    {
        // Source: ngap-facts §D.1 — DAP to the service du contrôle médical; accord tacite after 15 days (CSS D.315-5).
        var issue = Session("2025-06-02", "RAM 7.49").Series(16).Quote().Issue(RuleId.DapRequired, Severity.Error);
        Assert.Contains("Envoyez la demande d'accord préalable", issue.Message);
        Assert.Contains("15 jours", issue.Message);
        Assert.Empty(Session("2025-06-02", "RAM 7.49").Series(16, dapAgreed: true).Quote().Issues);
    }

    [Fact]
    public void Canal_carpien_needs_the_dap_before_the_first_session()
    {
        // Source: ngap-facts §D.1 — list a) (canal carpien): DAP before starting (RSC 8.09 in 2026).
        Assert.Contains("avant la première séance", Session("2026-03-12", "RSC 8.09").Series(1).Quote().Issue(RuleId.DapRequired, Severity.Error).Message);
        Assert.Empty(Session("2026-03-12", "RSC 8.09").Series(1, dapAgreed: true).Quote().Issues(RuleId.DapRequired));
    }

    [Fact]
    public void Without_series_the_threshold_is_stated()
    {
        // Source: CONTRACT.md `acts show` sessionsBeforeDap — RIC 7.48 (LCA) 40 sessions.
        var info = Session("2025-06-02", "RIC 7.48").Quote().Issue(RuleId.DapRequired, Severity.Info);
        Assert.Contains("40 séances", info.Message);
        Assert.Empty(Session("2025-06-02", "RAO 7.48").Quote().Issues);
    }
}
