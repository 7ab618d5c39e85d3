using Cotakine.Quoting;
using static Cotakine.Tests.Quoting.QuoteRequests;

namespace Cotakine.Tests.Quoting;

public class MajorationTests
{
    [Theory]
    // Source: ngap-facts §I.1 — night = acts between 20:00 and 08:00, urgent only; 9.15 €.
    [InlineData("19:59", false)]
    [InlineData("20:00", true)]
    [InlineData("07:59", true)]
    [InlineData("08:00", false)]
    public void Night_boundaries(string time, bool night)
    {
        var quote = Session("2026-03-12", "ARL 8.49").At(time).Urgent().Quote();
        if (night)
        {
            Assert.Equal((LineKind.Majoration, 9.15m), (quote.Line("N").Kind, quote.Line("N").Amount));
            Assert.Contains("19 h", quote.Issue(RuleId.MajorationNotDue, Severity.Info).Message);
        }
        else
        {
            Assert.DoesNotContain(quote.Lines, l => l.Kind == LineKind.Majoration);
        }
    }

    [Theory]
    // Source: ngap-facts §I.1 — Sunday majoration « à compter du samedi 12h »; 7.62 € (14 Mar 2026 is a Saturday).
    [InlineData("11:59", false)]
    [InlineData("12:00", true)]
    public void Saturday_noon_boundary(string time, bool sunday)
    {
        var quote = Session("2026-03-14", "ARL 8.49").At(time).Urgent().Quote();
        Assert.Equal(sunday, quote.Lines.Any(l => l.Code == "F" && l.Amount == 7.62m));
    }

    [Fact]
    public void Without_urgency_no_majoration_and_a_warning()
    {
        // Source: ngap-facts §I.1 — « Only en cas d'urgence justifiée par l'état du malade ».
        var quote = Session("2026-03-15", "RAM 8.09").At("10:00").Quote();
        Assert.DoesNotContain(quote.Lines, l => l.Kind == LineKind.Majoration);
        Assert.Contains("dimanche", quote.Issue(RuleId.MajorationNotDue, Severity.Warning).Message);
        Assert.Empty(Session("2026-03-12", "RAM 8.09").At("10:00").Quote().Issues(RuleId.MajorationNotDue));
    }

    [Fact]
    public void Night_and_sunday_are_not_cumulated()
    {
        // Source: ngap-facts §M — « only one majoration (it is not cumulative) »: night 9.15 > Sunday 7.62.
        var quote = Session("2026-03-15", "ARL 8.49").At("21:00").Urgent().Quote();
        var majoration = Assert.Single(quote.Lines, l => l.Kind == LineKind.Majoration);
        Assert.Equal("N", majoration.Code);
        Assert.Contains("non cumulable", majoration.Rule);
    }

    [Fact]
    public void National_holiday_opens_the_sunday_majoration()
    {
        // Source: ngap-facts §M — 14 July (Tuesday in 2026).
        var quote = Session("2026-07-14", "ARL 8.49").At("10:00").Urgent().Quote();
        Assert.Contains("Fête nationale", quote.Line("F").Rule);
        Assert.Empty(quote.Issues);
    }

    [Fact]
    public void Alsace_moselle_good_friday_is_applied_with_an_unsure_info()
    {
        // Source: ngap-facts §M — Vendredi saint (3 Apr 2026) is a holiday in 57/67/68 only; majoration on local holidays unsure.
        var alsace = Session("2026-04-03", "ARL 8.49").In("67").At("10:00").Urgent().Quote();
        Assert.Equal(7.62m, alsace.Line("F").Amount);
        Assert.Contains("jour férié local", alsace.Issue(RuleId.MajorationNotDue, Severity.Info).Message);
        Assert.DoesNotContain(Session("2026-04-03", "ARL 8.49").In("75").At("10:00").Urgent().Quote().Lines, l => l.Code == "F");
    }

    [Fact]
    public void Drom_abolition_day_is_a_local_holiday()
    {
        // Source: ngap-facts §M — La Réunion, 20 December (a Monday in 2027).
        var quote = Session("2027-12-20", "ARL 8.49").In("974").At("10:00").Urgent().Quote();
        Assert.Equal(7.62m, quote.Line("F").Amount);
        Assert.Contains(quote.Issues(RuleId.MajorationNotDue, Severity.Info), i => i.Message.Contains("Réunion"));
    }

    [Fact]
    public void Urgent_without_time_says_night_cannot_be_decided()
    {
        // Source: ngap-facts §I.1 — the night majoration depends on the time of the act.
        var quote = Session("2026-03-12", "ARL 8.49").Urgent().Quote();
        Assert.DoesNotContain(quote.Lines, l => l.Kind == LineKind.Majoration);
        Assert.Contains("Heure", quote.Issue(RuleId.MajorationNotDue, Severity.Info).Message);
    }
}
