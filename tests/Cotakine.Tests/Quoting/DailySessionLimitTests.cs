using Cotakine.Quoting;
using static Cotakine.Tests.Quoting.QuoteRequests;

namespace Cotakine.Tests.Quoting;

/// <summary>Sessions per day — ngap-facts §F (PLL daily flat rate; ARL 8.49 and RPB twice a day; the four conditions of a second session).</summary>
public sealed class DailySessionLimitTests
{
    private static Quote QuoteWith(string act, int sessionsToday) =>
        (Session("2026-03-12", act) with { Series = new SeriesPosition(3, 0, false, sessionsToday) }).Quote();

    [Theory]
    // Source: §F — PLL « cotation journalière forfaitaire quel que soit le nombre d'interventions ».
    [InlineData("PLL 12", 0, true)]
    [InlineData("PLL 12", 1, false)]
    // Source: §F — ARL 8.49 and RPB « au rythme de deux par jour ».
    [InlineData("ARL 8.49", 1, true)]
    [InlineData("ARL 8.49", 2, false)]
    [InlineData("RPB 9", 1, true)]
    [InlineData("RPB 9", 2, false)]
    public void Acts_with_a_daily_cap(string act, int sessionsToday, bool billable)
    {
        var quote = QuoteWith(act, sessionsToday);
        Assert.Equal(billable, quote.IsBillable);
        Assert.Equal(!billable, quote.Issues.Any(i => i.Rule == RuleId.CumulNotAllowed && i.Severity == Severity.Error));
    }

    [Fact]
    public void A_second_session_of_another_act_warns_with_the_four_conditions()
    {
        // Source: §F « Exception 2 » — two sessions the same day at full rate under four conditions since 22 Feb 2024.
        var quote = QuoteWith("RAM 8.09", 1);
        Assert.True(quote.IsBillable);
        var warning = Assert.Single(quote.Issues, i => i.Rule == RuleId.CumulNotAllowed);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("deux prescriptions distinctes", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(QuoteWith("RAM 8.09", 0).Issues, i => i.Rule == RuleId.CumulNotAllowed);
    }
}
