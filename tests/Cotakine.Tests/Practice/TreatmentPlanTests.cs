using Cotakine.Catalog.Loading;
using Cotakine.Practice;
using Cotakine.Practice.Plans;

namespace Cotakine.Tests.Practice;

/// <summary>
/// The plan's own rules, without HTTP or a database. Sources: ngap-facts §D.1 (référentiels: cervicalgie non spécifique
/// 15 sessions before DAP, 30 when 30 were reimbursed over the previous 12 months — UNCAM decision of 2 November 2011,
/// CPGA 2013; rules.json dap.raisedThresholdPriorSessions and dap.lookbackMonths), §J (DAP: answered only once sent;
/// tacit agreement after dap.tacitAgreementDays = 15 days, CSS D.315-5), §K.2 (renewal prescriber id, « à vérifier »).
/// </summary>
public sealed class TreatmentPlanTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);
    private static readonly PracticeRules Rules = CatalogLoader.Embedded.RulesOn(Start);
    private static readonly Cotakine.Catalog.Act Cervicalgie = CatalogLoader.Embedded.FindAct("ram-cervicalgie-non-specifique")!;
    private static readonly Cotakine.Catalog.Act Meniscectomie = CatalogLoader.Embedded.FindAct("ric-meniscectomie")!;
    private static readonly Cotakine.Catalog.Act RachisDorsal = CatalogLoader.Embedded.FindAct("ram-rachis-dorsal")!; // no référentiel

    private static TreatmentPlan Plan(Cotakine.Catalog.Act act, int sessionsLast12Months = 0, PlanOrigin origin = PlanOrigin.Prescription) =>
        TreatmentPlan.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), origin, act, 40, Start, sessionsLast12Months, Rules);

    [Fact]
    public void The_rules_are_read_typed_from_the_data() =>
        Assert.Equal((15, 3, 12, 30, 8, 3, 12, "291991123"),
            (Rules.TacitAgreementDays, Rules.AlertSessionsBefore, Rules.LookbackMonths, Rules.RaisedThresholdPriorSessions,
                Rules.DirectAccessSessionsPerEpisode, Rules.DirectAccessEpisodeMonths, Rules.RenewalWindowMonths, Rules.RenewalPrescriberId));

    [Theory]
    [InlineData(0, 15)]
    [InlineData(29, 15)]
    [InlineData(30, 30)] // the 15/30 rule: 30 reimbursed sessions over 12 months raise the threshold
    public void The_threshold_is_raised_at_opening_by_the_15_30_rule(int sessionsLast12Months, int threshold) =>
        Assert.Equal(threshold, Plan(Cervicalgie, sessionsLast12Months).DapThreshold);

    [Fact]
    public void The_threshold_is_raised_later_when_an_earlier_series_is_reimbursed_since()
    {
        var plan = Plan(Cervicalgie);
        Assert.False(plan.RaiseThresholdIfDue(Cervicalgie, 29, Rules));
        Assert.Equal(15, plan.DapThreshold);
        Assert.True(plan.RaiseThresholdIfDue(Cervicalgie, 30, Rules));
        Assert.Equal(30, plan.DapThreshold);
        Assert.False(plan.RaiseThresholdIfDue(Cervicalgie, 0, Rules)); // never lowered
        Assert.Equal(30, plan.DapThreshold);
    }

    [Fact]
    public void An_answer_needs_a_dap_sent_and_nothing_changes_when_refused()
    {
        var plan = Plan(Cervicalgie);
        var problem = plan.AgreeDap(Start);
        Assert.Equal(new Problem("status", "la DAP doit avoir été envoyée avant la réponse de la caisse"), problem);
        Assert.Equal(DapStatus.None, plan.DapStatus);
        Assert.Null(plan.DapAnsweredOn);
    }

    [Fact]
    public void A_plan_without_referentiel_has_no_dap() =>
        Assert.Equal("aucun référentiel ne s'applique à cet acte, pas de DAP", Plan(RachisDorsal).SendDap(Start)?.Message);

    [Fact]
    public void Sent_then_agreed_covers_the_sessions_past_the_threshold()
    {
        var plan = Plan(Cervicalgie);
        Assert.Equal(SessionCover.Billable, plan.CoverOf(12, Start, Rules));
        Assert.Equal(SessionCover.BillableSendDap, plan.CoverOf(13, Start, Rules)); // 3 sessions before the 15th
        Assert.Equal(SessionCover.Blocked, plan.CoverOf(16, Start, Rules));
        Assert.Null(plan.SendDap(Start.AddDays(1)));
        Assert.Equal(SessionCover.Billable, plan.CoverOf(13, Start.AddDays(1), Rules)); // sent: no more alert
        Assert.Equal(SessionCover.Blocked, plan.CoverOf(16, Start.AddDays(2), Rules));
        Assert.Null(plan.AgreeDap(Start.AddDays(5)));
        Assert.Equal((DapStatus.Agreed, Start.AddDays(1), Start.AddDays(5)), (plan.DapStatus, plan.DapSentOn, plan.DapAnsweredOn));
        Assert.Equal(SessionCover.Billable, plan.CoverOf(16, Start.AddDays(5), Rules));
    }

    [Fact]
    public void A_sent_dap_unanswered_for_15_days_is_tacitly_agreed()
    {
        var plan = Plan(Cervicalgie);
        plan.SendDap(Start);
        Assert.Equal(DapStatus.Sent, plan.EffectiveDap(Start.AddDays(14), Rules));
        Assert.Equal(SessionCover.Blocked, plan.CoverOf(16, Start.AddDays(14), Rules));
        Assert.Equal(DapStatus.TacitlyAgreed, plan.EffectiveDap(Start.AddDays(15), Rules));
        Assert.Equal(SessionCover.Billable, plan.CoverOf(16, Start.AddDays(15), Rules));
        Assert.Equal(DapStatus.Sent, plan.DapStatus); // observed, never stored
    }

    [Fact]
    public void A_refusal_keeps_the_sessions_past_the_threshold_blocked_and_a_new_request_can_be_sent()
    {
        var plan = Plan(Cervicalgie);
        plan.SendDap(Start);
        Assert.Null(plan.RefuseDap(Start.AddDays(3)));
        Assert.Equal(SessionCover.Blocked, plan.CoverOf(16, Start.AddDays(40), Rules));
        Assert.Null(plan.SendDap(Start.AddDays(41)));
        Assert.Null(plan.DapAnsweredOn);
    }

    [Fact]
    public void A_renewal_carries_the_renewal_prescriber_id_and_direct_access_no_prescription()
    {
        Assert.Equal("291991123", Plan(Meniscectomie, origin: PlanOrigin.Renewal).RenewalPrescriberId);
        Assert.Null(Plan(Meniscectomie).RenewalPrescriberId);
        Assert.Null(Plan(Meniscectomie, origin: PlanOrigin.DirectAccess).PrescriptionId);
    }

    [Fact]
    public void Clinical_notes_are_trimmed_cleared_when_blank_and_bounded()
    {
        var plan = Plan(Meniscectomie);
        Assert.Null(plan.SetClinicalNotes("  Flexion 90°  "));
        Assert.Equal("Flexion 90°", plan.ClinicalNotes);
        Assert.Equal("notes", plan.SetClinicalNotes(new string('x', TreatmentPlan.ClinicalNotesMaxLength + 1))?.Field);
        Assert.Equal("Flexion 90°", plan.ClinicalNotes);
        Assert.Null(plan.SetClinicalNotes(" "));
        Assert.Null(plan.ClinicalNotes);
    }
}
