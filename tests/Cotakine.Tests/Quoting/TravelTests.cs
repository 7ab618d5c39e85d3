using Cotakine.Quoting;
using static Cotakine.Tests.Quoting.QuoteRequests;

namespace Cotakine.Tests.Quoting;

public class TravelTests
{
    [Fact]
    public void Travel_at_the_practice_is_not_allowed()
    {
        // Source: CONTRACT.md rule TRAVEL_NOT_ALLOWED.
        var quote = Session("2026-03-12", "RAM 8.09").WithTravel(8).Quote();
        quote.Issue(RuleId.TravelNotAllowed, Severity.Error);
        Assert.DoesNotContain(quote.Lines, l => l.Kind == LineKind.Travel);
    }

    [Theory]
    // Source: ngap-facts §H.2 — IK only « more than 2 km » (plaine): 2.0 km → none; 2.1 km → 2 × 2.1 − 2 × 2 = 0.2 km × 0.38 = 0.076 → 0.08.
    [InlineData(2.0, null, null)]
    [InlineData(2.1, 0.2, 0.08)]
    [InlineData(8.0, 12.0, 4.56)]
    public void Plaine_threshold_is_exclusive(decimal km, double? kilometres, double? amount)
    {
        var quote = Session("2026-03-12", "RAM 8.09").AtHome(km).Quote();
        Assert.Equal(2.50m, quote.Line("IFD").Amount);
        if (kilometres is null)
        {
            Assert.DoesNotContain(quote.Lines, l => l.Code == "IK");
            Assert.Contains("au-delà de 2 km", quote.Issue(RuleId.IkNotDue, Severity.Info).Message);
        }
        else
        {
            var ik = quote.Line("IK");
            Assert.Equal(((decimal)kilometres, 0.38m, (decimal)amount!), (ik.Quantity, ik.UnitPrice, ik.Amount));
            Assert.Empty(quote.Issues(RuleId.IkNotDue));
        }
    }

    [Fact]
    public void Montagne_uses_1_km_and_ikm()
    {
        // Source: ngap-facts §H.1/H.2 — IKM 0.61 € metro, threshold and deduction 1 km: 3 km → 2 × 3 − 2 = 4 km → 2.44.
        var quote = Session("2026-03-12", "RAM 8.09").AtHome(3, TravelZone.Montagne).Quote();
        Assert.Equal((4m, 0.61m, 2.44m), (quote.Line("IKM").Quantity, quote.Line("IKM").UnitPrice, quote.Line("IKM").Amount));
        Assert.DoesNotContain(Session("2026-03-12", "RAM 8.09").AtHome(1, TravelZone.Montagne).Quote().Lines, l => l.Code == "IKM");
    }

    [Fact]
    public void Pied_ski_threshold_is_flagged_unsure()
    {
        // Source: ngap-facts §H.1 — IKS 3.35 €; threshold not found (data: montagne's, unsure): 2 km → 2 km × 3.35 = 6.70.
        var quote = Session("2026-03-12", "RAM 8.09").AtHome(2, TravelZone.PiedSki).Quote();
        Assert.Equal(6.70m, quote.Line("IKS").Amount);
        quote.Issue(RuleId.IkNotDue, Severity.Info);
    }

    [Fact]
    public void Same_agglomeration_gives_no_ik()
    {
        // Source: ngap-facts §H.2 — IK only when NOT in the same agglomeration AND beyond the threshold.
        var quote = Session("2026-03-12", "RAM 8.09").AtHome(10, sameAgglomeration: true).Quote();
        Assert.DoesNotContain(quote.Lines, l => l.Code == "IK");
        Assert.Contains("même agglomération", quote.Issue(RuleId.IkNotDue, Severity.Info).Message);
        Assert.Equal(2.50m, quote.Line("IFD").Amount);
    }

    [Fact]
    public void Home_session_without_trajet_adds_no_travel_line()
    {
        // Source: CONTRACT.md `travel` — indemnities are added when the kiné travelled (decision documented in TravelIndemnity).
        var quote = Session("2026-03-12", "RAM 8.09").Place(PlaceOfCare.Domicile).Quote();
        Assert.DoesNotContain(quote.Lines, l => l.Kind == LineKind.Travel);
        Assert.Contains("travel", quote.Issue(RuleId.IkNotDue, Severity.Info).Message);
    }

    [Theory]
    // Source: ngap-facts §H.1 and §R.2 (b) — IFN for article 4 acts until 31 Dec 2025, IFS from 1 Jan 2026, never with IFD.
    [InlineData("2025-12-31", "NMI 8.5", "IFN")]
    [InlineData("2026-01-01", "NMI 8.5", "IFS")]
    // Source: ngap-facts §H.1 — IFO for TER (art. 1-D) until 2025, IFS after.
    [InlineData("2025-12-31", "TER 9.49", "IFO")]
    [InlineData("2026-01-01", "TER 9.49", "IFS")]
    [InlineData("2026-01-01", "RAM 8.09", "IFD")]
    public void Specific_indemnity_replaces_ifd(string date, string act, string code)
    {
        var quote = Session(date, act).AtHome(1).Quote();
        var travel = Assert.Single(quote.Lines, l => l.Kind == LineKind.Travel);
        Assert.Equal(code, travel.Code);
        Assert.Equal(code == "IFD" ? 2.50m : 4.00m, travel.Amount);
        Assert.Contains("art. 13", travel.Rule);
    }

    [Fact]
    public void Establishment_session_gets_travel_lines_too()
    {
        // Source: CONTRACT.md `travel` — « away from the practice ».
        var quote = Session("2026-03-12", "RAM 8.09").Place(PlaceOfCare.Etablissement).WithTravel(5).Quote();
        Assert.Equal(2.50m, quote.Line("IFD").Amount);
        Assert.Equal(6m, quote.Line("IK").Quantity);
    }

    [Fact]
    public void Drom_ik_rate()
    {
        // Source: ngap-facts §H.1 — IK plaine 0.43 € in the DROM; RAM 8.09 × 2.43 = 19.66; 12 km × 0.43 = 5.16.
        var quote = Session("2026-03-12", "RAM 8.09").In("974").AtHome(8).Quote();
        Assert.Equal(5.16m, quote.Line("IK").Amount);
        Assert.Equal(19.66m + 2.50m + 5.16m, quote.Total);
    }
}
