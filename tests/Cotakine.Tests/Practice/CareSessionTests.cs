using Cotakine.Catalog;
using Cotakine.Catalog.Loading;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Prescriptions;
using Cotakine.Practice.Sessions;
using Cotakine.Quoting;

namespace Cotakine.Tests.Practice;

/// <summary>
/// A kiné's first hour (issue 16), rules 1–4 and 7, in the domain. Golden figures: RIM 8.1 (entorse externe récente de
/// cheville-pied non opérée, from 01/01/2026, ngap-facts §C) at 2,21 € the point = 17,90 €; 60 % AMO = 10,74 €, patient
/// 7,16 € (ngap-facts §J); BDK AMK 10.7 = 23,65 €; IK plaine 8 km = 2 × 8 − 2 × 2 = 12 km × 0,38 € = 4,56 € (contract's example).
/// </summary>
public sealed class CareSessionTests
{
    private static readonly NgapCatalog Catalog = CatalogLoader.Embedded;
    private static readonly DateOnly Start = new(2026, 3, 2);
    private static readonly PracticeRules Rules = Catalog.RulesOn(Start);
    private static readonly Act Ankle = Catalog.FindAct("rim-entorse-cheville")!;
    private static readonly QuoteEngine Engine = new(Catalog);

    private static TreatmentPlan Plan(Act? act = null, DateOnly? start = null) =>
        TreatmentPlan.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PlanOrigin.Prescription, act ?? Ankle, 20, start ?? Start, 0, Rules);

    private static Quote Price(TreatmentPlan plan, SessionInput input, Coverage coverage = Coverage.Standard, int number = 1, PrescribedCare? prescribed = null) =>
        Engine.Quote(SessionPricing.Request(plan, Ankle, new Cotakine.Quoting.Patient(coverage, Regime.General), Catalog.FindDepartment("75")!,
            TravelZone.Plaine, number, input, SessionHistory.None, input.Date, Rules, prescribed));

    private static SessionInput Cabinet(DateOnly date) => new(date, new TimeOnly(10, 0), PlaceOfCare.Cabinet, null, false);

    [Fact]
    public void Rule1_an_ALD_patients_care_unrelated_to_the_ALD_is_paid_60_percent_and_related_care_100_percent()
    {
        var sprain = new Prescription { Ald = false, Date = Start };
        var (coverage, warning) = AldExoneration.For(Coverage.Ald, sprain);
        Assert.Equal(Coverage.Standard, coverage);
        Assert.Contains("hors ALD", warning, StringComparison.Ordinal);
        var quote = Price(Plan(), Cabinet(Start), coverage);
        Assert.Equal("RIM 8.1", quote.Lines[0].Code);
        Assert.Equal(17.90m, quote.Total);
        Assert.Equal(10.74m, quote.Amo);
        Assert.Equal(7.16m, quote.PatientShare);

        var related = AldExoneration.For(Coverage.Ald, new Prescription { Ald = true });
        Assert.Equal((Coverage.Ald, (string?)null), related);
        Assert.Equal(17.90m, Price(Plan(), Cabinet(Start), related.Coverage).Amo);
    }

    [Fact]
    public void Rule1_a_prescription_marked_ALD_for_a_patient_without_ALD_gives_no_exoneration_and_a_warning()
    {
        var (coverage, warning) = AldExoneration.For(Coverage.Standard, new Prescription { Ald = true });
        Assert.Equal(Coverage.Standard, coverage);
        Assert.Contains("ne porte pas d'ALD", warning, StringComparison.Ordinal);
        Assert.Null(AldExoneration.For(Coverage.Standard, new Prescription()).Warning);
    }

    [Fact]
    public void Rule2_the_same_commune_gives_same_agglomeration_by_default_and_no_IK()
    {
        Assert.True(Agglomeration.SameByDefault("12 rue de la Roquette, 75011 Paris", "75015", "PARIS 15E"));
        Assert.False(Agglomeration.SameByDefault("12 rue de la Roquette, 75011 Paris", "93100", "Montreuil"));
        Assert.Null(Agglomeration.SameByDefault("12 rue de la Roquette, 75011 Paris", null, null));
        Assert.Null(Agglomeration.SameByDefault("", "75015", "Paris"));

        var home = new SessionInput(Start, new TimeOnly(10, 0), PlaceOfCare.Domicile, 8m, false, SameAgglomeration: true);
        var same = Price(Plan(), home);
        Assert.DoesNotContain(same.Lines, l => l.Code == "IK");
        Assert.Contains(same.Issues, i => i.Rule == RuleId.IkNotDue && i.Message.Contains("même agglomération", StringComparison.Ordinal));

        var other = Price(Plan(), home with { SameAgglomeration = false });
        Assert.Equal(4.56m, other.Lines.Single(l => l.Code == "IK").Amount);
    }

    [Fact]
    public void Rule2_a_home_visit_whose_agglomeration_is_unknown_is_refused_never_billed_IK_in_silence()
    {
        var problems = SessionPricing.Check(Plan(), Ankle, 1, new SessionInput(Start, null, PlaceOfCare.Domicile, 8m, false));
        Assert.True(problems.On("sameAgglomeration"));
    }

    [Fact]
    public void Rule3_a_session_before_the_prescription_or_the_plan_is_refused_a_future_one_is_not_invoiced_before_its_day()
    {
        var plan = Plan();
        Assert.Contains("précéder la prescription", SessionPricing.Check(plan, Ankle, 1, Cabinet(Start.AddDays(-10)), Start.AddDays(-5)).Single().Message, StringComparison.Ordinal);
        Assert.Contains("précéder le début du plan", SessionPricing.Check(plan, Ankle, 1, Cabinet(Start.AddDays(-1)), Start.AddDays(-5)).Single().Message, StringComparison.Ordinal);
        Assert.False(SessionPricing.Check(plan, Ankle, 1, Cabinet(Start), Start).Any);

        var far = new DateOnly(9999, 12, 31);
        Assert.False(SessionPricing.Check(plan, Ankle, 1, Cabinet(far), Start).Any); // a session may be planned
        var planned = Session.Record(plan, 1, Cabinet(far), Price(plan, Cabinet(far)));
        Assert.Contains("ne peut être facturée avant", InvoiceEligibility.Check(planned, plan, Start, Rules)?.Message, StringComparison.Ordinal);
        var tomorrow = Session.Record(plan, 1, Cabinet(Start.AddDays(1)), Price(plan, Cabinet(Start.AddDays(1))));
        Assert.NotNull(InvoiceEligibility.Check(tomorrow, plan, Start, Rules));
        Assert.Null(InvoiceEligibility.Check(tomorrow, plan, Start.AddDays(1), Rules));
    }

    [Fact]
    public void Rule4_a_tacit_agreement_does_not_cover_sessions_done_before_the_DAP_was_sent()
    {
        // Entorse de cheville non opérée: DAP from the 11th session (ngap-facts §C); accord tacite after the delay of rules.json.
        var plan = Plan();
        var eleventh = Start.AddDays(20);
        Assert.Null(plan.SendDap(Start.AddDays(25)));
        var tacit = Start.AddDays(25 + Rules.TacitAgreementDays);
        Assert.Equal(DapStatus.TacitlyAgreed, plan.EffectiveDap(tacit, Rules));
        Assert.Equal(SessionCover.Blocked, plan.CoverOf(11, tacit, Rules, eleventh));
        Assert.Equal(SessionCover.Billable, plan.CoverOf(11, tacit, Rules, Start.AddDays(26)));
        Assert.False(plan.Covers(eleventh, tacit, Rules));

        var before = Session.Record(plan, 11, Cabinet(eleventh), Price(plan, Cabinet(eleventh), number: 11));
        Assert.Contains("précède l'envoi de la DAP", InvoiceEligibility.Check(before, plan, tacit, Rules)?.Message, StringComparison.Ordinal);
        Assert.Contains(before.Issues, i => i.Rule == RuleId.DapRequired);
    }

    [Fact]
    public void Rule7_a_session_holds_the_plans_act_and_the_bilan_and_saves_exactly_what_was_quoted()
    {
        var plan = Plan();
        var input = Cabinet(Start) with { ExtraActs = [ActCode.Parse("AMK 10.7")] };
        var quote = Price(plan, input);
        Assert.Equal(["RIM 8.1", "AMK 10.7"], quote.Lines.Select(l => l.Code));
        Assert.Equal(17.90m + 23.65m, quote.Total);
        var session = Session.Record(plan, 1, input, quote);
        Assert.Equal(quote.Lines.Select(l => (l.Code, Cents.From(l.Amount))), session.Lines.OrderBy(l => l.Position).Select(l => (l.Code, l.AmountCents)));
        Assert.Equal(Cents.From(quote.Total), session.TotalCents);
    }

    [Fact]
    public void Rule7_a_session_in_an_etablissement_bills_its_travel_and_a_majoration_can_be_left_out()
    {
        var plan = Plan();
        var etablissement = new SessionInput(Start, new TimeOnly(10, 0), PlaceOfCare.Etablissement, 3m, false, SameAgglomeration: true);
        Assert.False(SessionPricing.Check(plan, Ankle, 1, etablissement).Any);
        Assert.Contains(Price(plan, etablissement).Lines, l => l.Kind == LineKind.Travel);

        var sunday = new DateOnly(2026, 3, 8);
        var urgent = Cabinet(sunday) with { Urgent = true };
        Assert.Contains(Price(plan, urgent).Lines, l => l.Kind == LineKind.Majoration);
        var without = Price(plan, urgent with { WithoutMajoration = true });
        Assert.DoesNotContain(without.Lines, l => l.Kind == LineKind.Majoration);
        Assert.Contains(without.Issues, i => i.Rule == RuleId.MajorationNotDue && i.Message.Contains("retirée", StringComparison.Ordinal));
    }

    [Fact]
    public void Rule18_a_sunday_majoration_is_checked_against_the_prescription_and_a_cabinet_distance_is_refused()
    {
        var plan = Plan();
        var urgent = Cabinet(new DateOnly(2026, 3, 8)) with { Urgent = true };
        Assert.Contains(Price(plan, urgent, prescribed: new PrescribedCare(false, false)).Issues,
            i => i.Severity == Severity.Warning && i.Message.Contains("dimanches et jours fériés", StringComparison.Ordinal));
        Assert.DoesNotContain(Price(plan, urgent, prescribed: new PrescribedCare(false, true)).Issues, i => i.Severity == Severity.Warning);
        Assert.True(SessionPricing.Check(plan, Ankle, 1, Cabinet(Start) with { TravelKm = 8m }).On("travelKm"));
    }

    [Theory]
    [InlineData("2 55 08 14 168 025 38", null)] // INSEE example of the NIR (Wikipedia « Numéro de sécurité sociale en France »)
    [InlineData("2 55 08 14 168 025 39", "clé 39 incorrecte")]
    [InlineData("1 85 05 2A 004 012 70", null)] // Corsica: 2A read as 19
    [InlineData("1 85 05 2B 004 012 97", null)] // Corsica: 2B read as 18
    [InlineData("1 85 05 2A 004 012 97", "incorrecte")]
    [InlineData("1 85 05", "15 caractères")]
    public void Rule15_the_NIR_key_is_97_minus_the_number_mod_97(string typed, string? problem)
    {
        var nir = Nir.Normalise(typed)!;
        Assert.Equal(problem is null, Nir.Problem(nir) is null);
        if (problem is not null)
        {
            Assert.Contains(problem, Nir.Problem(nir), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rule15_the_complementary_pays_its_part_of_the_ticket_moderateur_and_fields_are_bounded()
    {
        var details = new PatientDetails(AmcName: "Mutuelle X", AmcPercent: 100);
        Assert.Equal(716, details.AmcShare(1790, 1074));
        Assert.Equal(358, (details with { AmcPercent = 50 }).AmcShare(1790, 1074));
        Assert.Equal(0, PatientDetails.None.AmcShare(1790, 1074));
        var tooLong = new PatientDetails(Commune: new string('a', PatientDetails.CommuneMaxLength + 1), PostalCode: "7501", AmcPercent: 101).Check();
        Assert.True(tooLong.On("commune") && tooLong.On("postalCode") && tooLong.On("amcPercent"));
    }
}
