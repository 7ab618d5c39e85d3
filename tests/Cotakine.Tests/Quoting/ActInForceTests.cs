using Cotakine.Quoting;
using static Cotakine.Tests.Quoting.QuoteRequests;

namespace Cotakine.Tests.Quoting;

public class ActInForceTests
{
    [Fact]
    public void Unknown_code_is_an_error()
    {
        // Source: CONTRACT.md rule UNKNOWN_ACT.
        var quote = Session("2026-03-12", "XYZ 3").Quote();
        var issue = quote.Issue(RuleId.UnknownAct, Severity.Error);
        Assert.Equal("XYZ 3", issue.Code);
        Assert.Empty(quote.Lines);
        Assert.False(quote.IsBillable);
    }

    [Theory]
    // Source: ngap-facts §A (UNCAM-2023-12-14 art. 3 creates TMK, « acte de télésoin ») and §L (billing format of TMK
    // not established): a real télésoin code is NOT_SUPPORTED (CONTRACT.md 1.1) with a French message, not UNKNOWN_ACT.
    [InlineData("TMK 8.09")]
    [InlineData("tmk 7,49")]
    public void Telesoin_is_not_supported_yet(string code)
    {
        var quote = Session("2026-03-12", code).Quote();
        var issue = quote.Issue(RuleId.NotSupported, Severity.Error);
        Assert.Contains("télésoin", issue.Message);
        Assert.Contains("pas encore pris en charge", issue.Message);
        Assert.Empty(quote.Issues(RuleId.UnknownAct));
        Assert.Empty(quote.Lines);
        Assert.False(quote.IsBillable);
    }

    [Theory]
    // Source: ngap-facts §G and §B — last day of AMS 7.5 at 2.15 €, first day of RAM 7.49 at 2.21 € (7.5 × 2.15 = 16.125 → 16.13).
    [InlineData("2024-02-21", "AMS 7.5", 16.13, 2.15)]
    [InlineData("2024-02-22", "RAM 7.49", 16.55, 2.21)]
    // Source: ngap-facts §C.3 — AV7 step applied 1 Jan 2026 (RIC 7.48 → RIC 8.08).
    [InlineData("2025-12-31", "RIC 7.48", 16.53, 2.21)]
    [InlineData("2026-01-01", "RIC 8.08", 17.86, 2.21)]
    // Source: ngap-facts §C.2 — AV8 TER step on 28 May 2026 (TER 9.49 → 9.79).
    [InlineData("2026-05-27", "TER 9.49", 20.97, 2.21)]
    [InlineData("2026-05-28", "TER 9.79", 21.64, 2.21)]
    public void Code_in_force_is_priced_coefficient_times_point_value(string date, string code, decimal price, decimal pointValue)
    {
        var quote = Session(date, code).Quote();
        var line = quote.Line(code);
        Assert.Equal(price, line.UnitPrice);
        Assert.Equal(price, line.Amount);
        Assert.Equal(pointValue, quote.PointValue);
        Assert.Empty(quote.Issues(RuleId.ActNotInForce));
    }

    [Theory]
    // Source: brief / CONTRACT.md ACT_NOT_IN_FORCE — the message names the code in force for the same act.
    [InlineData("2026-02-01", "RIC 7.48", "RIC 7.48 n'est plus en vigueur le 01/02/2026 : utilisez RIC 8.08")]
    [InlineData("2026-01-01", "RIC 7.48", "utilisez RIC 8.08")]
    [InlineData("2025-12-31", "RIC 8.08", "RIC 8.08 n'est pas encore en vigueur le 31/12/2025 : utilisez RIC 7.48")]
    [InlineData("2026-05-28", "TER 9.49", "utilisez TER 9.79")]
    [InlineData("2026-05-27", "TER 9.79", "utilisez TER 9.49")]
    // Source: ngap-facts §G — a 2024 code before 22 Feb 2024 names the former code.
    [InlineData("2024-02-21", "RAM 7.49", "avant le 22/02/2024, cotez l'ancienne cotation AMS 7.5")]
    public void Code_out_of_force_names_the_code_of_the_day(string date, string code, string expected)
    {
        var quote = Session(date, code).Quote();
        var issue = quote.Issue(RuleId.ActNotInForce, Severity.Error);
        Assert.Contains(expected, issue.Message);
        Assert.Equal(code, issue.Code);
        Assert.Empty(quote.Lines);
    }

    [Fact]
    public void Former_code_after_the_switch_names_its_successors()
    {
        // Source: ngap-facts §G — AMS 7.5 became RAO/RAM/RIC/… 7.47–7.53 on 22 Feb 2024; tolerance to 31 May 2024 unsure.
        var issue = Session("2024-02-22", "AMS 7.5").Quote().Issue(RuleId.ActNotInForce, Severity.Error);
        Assert.Contains("AMS 7.5 n'est plus en vigueur le 22/02/2024", issue.Message);
        Assert.Contains("RAM 7.49", issue.Message);
        Assert.Contains("RIC 7.48", issue.Message);
        Assert.Contains("tolérance", issue.Message);

        var neuro = Session("2024-03-01", "AMK 11").Quote().Issue(RuleId.ActNotInForce, Severity.Error);
        Assert.Contains("NMI 11.01", neuro.Message);
        Assert.Contains("NMI 10.99", neuro.Message);
    }

    [Fact]
    public void Planned_coefficient_is_priced_with_an_info()
    {
        // Source: data/ngap/acts.json — RIC 8.38 planned on 1 Jul 2027 (AV7, comité d'alerte, unsure).
        var quote = Session("2027-07-01", "RIC 8.38").Quote();
        Assert.Equal(18.52m, quote.Line("RIC 8.38").Amount);
        Assert.Contains(quote.Issues(RuleId.ActNotInForce, Severity.Info), i => i.Message.Contains("prévue"));
        Assert.True(quote.IsBillable);
    }

    [Fact]
    public void Announcement_is_shown_from_its_date()
    {
        // Source: data/ngap/announcements.json — NMI article 4 revaluation announced for 1 Sep 2026 (unsure).
        Assert.Empty(Session("2026-08-31", "NMI 8.5").Quote().Issues);
        var info = Session("2026-09-01", "NMI 8.5").Quote().Issue(RuleId.ActNotInForce, Severity.Info);
        Assert.Contains("1er septembre 2026", info.Message);
    }

    [Fact]
    public void Drom_prices_with_the_drom_point_value()
    {
        // Source: ngap-facts §B — 2.43 € in the DROM from 22 Feb 2024 (RAM 8.09 × 2.43 = 19.6587 → 19.66).
        var quote = Session("2026-03-12", "RAM 8.09").In("974").Quote();
        Assert.Equal(Cotakine.Territories.TerritoryKind.Drom, quote.Territory);
        Assert.Equal(2.43m, quote.PointValue);
        Assert.Equal(19.66m, quote.Line("RAM 8.09").Amount);
        Assert.Contains("(DROM)", quote.Line("RAM 8.09").Rule);
    }
}
