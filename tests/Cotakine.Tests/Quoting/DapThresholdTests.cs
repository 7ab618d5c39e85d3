using Cotakine.Quoting;
using static Cotakine.Tests.Quoting.QuoteRequests;

namespace Cotakine.Tests.Quoting;

public class DapThresholdTests
{
    [Theory]
    // Source: ngap-facts §D.1 — lombalgie commune (RAM 7.49 in 2025): DAP from the 16th session; alert 3 sessions before (rules.json).
    [InlineData(12, 0, null)]
    [InlineData(13, 0, Severity.Warning)]
    [InlineData(15, 0, Severity.Warning)]
    [InlineData(16, 0, Severity.Error)]
    // Source: ngap-facts §D.1 — « the 31st session if 30 sessions … were reimbursed during the previous 12 months ».
    [InlineData(16, 29, Severity.Error)]
    [InlineData(16, 30, null)]
    [InlineData(30, 30, Severity.Warning)]
    [InlineData(31, 30, Severity.Error)]
    public void Lombalgie_threshold(int session, int last12Months, Severity? expected)
    {
        var quote = Session("2025-06-02", "RAM 7.49").Series(session, last12Months).Quote();
        var issues = quote.Issues(RuleId.DapRequired).ToList();
        if (expected is null)
        {
            Assert.Empty(issues);
        }
        else
        {
            Assert.Equal(expected, Assert.Single(issues).Severity);
        }
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
