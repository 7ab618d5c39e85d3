using Cotakine.Catalog.Loading;
using Cotakine.Practice.Plans;

namespace Cotakine.Tests.Practice;

/// <summary>
/// The DAP workflow of a plan. Sources: ngap-facts §D.1 — the DAP is sent « quelques séances avant d'atteindre le seuil »
/// (rules.json dap.alertSessionsBefore = 3), sessions past the threshold need an agreement, and the caisse's silence
/// 15 days after the request is a tacit agreement (CSS art. D.315-5, rules.json dap.tacitAgreementDays = 15).
/// </summary>
public sealed class DapWorkflowTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);
    private static readonly int Tacit = (int)CatalogLoader.Embedded.Parameter("dap.tacitAgreementDays", Day).Value;
    private static readonly int Alert = (int)CatalogLoader.Embedded.Parameter("dap.alertSessionsBefore", Day).Value;

    [Fact]
    public void The_data_says_15_days_and_3_sessions() =>
        Assert.Equal((15, 3), (Tacit, Alert));

    [Fact]
    public void Sent_dap_is_tacitly_agreed_on_day_15_not_day_14()
    {
        var sent = new DateOnly(2026, 3, 2);
        Assert.Equal(DapStatus.Sent, DapWorkflow.Effective(DapStatus.Sent, sent, sent.AddDays(14), Tacit));
        Assert.Equal(DapStatus.TacitlyAgreed, DapWorkflow.Effective(DapStatus.Sent, sent, sent.AddDays(15), Tacit));
        Assert.Equal(DapStatus.TacitlyAgreed, DapWorkflow.Effective(DapStatus.Sent, sent, sent.AddDays(40), Tacit));
    }

    [Theory]
    [InlineData(DapStatus.None)]
    [InlineData(DapStatus.Agreed)]
    [InlineData(DapStatus.Refused)]
    public void Only_a_sent_dap_becomes_tacit(DapStatus stored) =>
        Assert.Equal(stored, DapWorkflow.Effective(stored, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 1), Tacit));

    [Fact]
    public void Alert_a_few_sessions_before_the_threshold_then_block_past_it()
    {
        // Méniscectomie (ric-meniscectomie): DAP from the 16th session (threshold 15), §D table.
        var covers = Enumerable.Range(1, 17).Select(n => DapWorkflow.Cover(n, 15, DapStatus.None, Alert)).ToList();
        Assert.All(covers.Take(12), c => Assert.Equal(SessionCover.Billable, c));
        Assert.All(covers.Skip(12).Take(3), c => Assert.Equal(SessionCover.BillableSendDap, c)); // sessions 13, 14, 15
        Assert.All(covers.Skip(15), c => Assert.Equal(SessionCover.Blocked, c)); // 16, 17
    }

    [Fact]
    public void Once_sent_no_more_alert_and_still_blocked_until_agreed()
    {
        Assert.Equal(SessionCover.Billable, DapWorkflow.Cover(14, 15, DapStatus.Sent, Alert));
        Assert.Equal(SessionCover.Blocked, DapWorkflow.Cover(16, 15, DapStatus.Sent, Alert));
        Assert.Equal(SessionCover.Blocked, DapWorkflow.Cover(16, 15, DapStatus.Refused, Alert));
        Assert.Equal(SessionCover.Billable, DapWorkflow.Cover(16, 15, DapStatus.Agreed, Alert));
        Assert.Equal(SessionCover.Billable, DapWorkflow.Cover(16, 15, DapStatus.TacitlyAgreed, Alert));
    }

    [Fact]
    public void Threshold_zero_blocks_the_first_session_and_no_referentiel_never_blocks()
    {
        // Canal carpien: DAP before the first session (list a), §D.1.
        Assert.Equal(SessionCover.Blocked, DapWorkflow.Cover(1, 0, DapStatus.None, Alert));
        Assert.Equal(SessionCover.Billable, DapWorkflow.Cover(1, 0, DapStatus.Agreed, Alert));
        Assert.Equal(SessionCover.Billable, DapWorkflow.Cover(100, null, DapStatus.None, Alert));
    }
}
