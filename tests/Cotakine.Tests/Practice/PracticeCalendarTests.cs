using Cotakine.Catalog.Loading;
using Cotakine.Practice;
using Microsoft.Extensions.Time.Testing;

namespace Cotakine.Tests.Practice;

/// <summary>
/// One « today » per practice: the injected clock read in the zone of the practice's département (data/ngap/
/// territories.json, source URSSAF-INSEE-DEP). The issue day and the numbering year of an invoice are taken from it, so
/// they agree with each other at every day and year boundary, in every territory.
/// </summary>
public sealed class PracticeCalendarTests
{
    private static PracticeCalendar At(string department, DateTimeOffset utc) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(CatalogLoader.Embedded.FindDepartment(department)!.TimeZoneId), new FakeTimeProvider(utc));

    [Theory]
    // Paris, winter (UTC+1): 31/12 23:30 UTC is already 1 January 00:30 there — dated and numbered in the new year.
    [InlineData("75", "2026-12-31T23:30:00Z", "2027-01-01")]
    [InlineData("75", "2026-12-31T22:59:00Z", "2026-12-31")]
    // Paris, summer (UTC+2): 22:30 UTC on 14 July is 00:30 on the 15th.
    [InlineData("75", "2026-07-14T22:30:00Z", "2026-07-15")]
    // Guadeloupe (UTC−4): 21:00 local on 31 December is 01:00 UTC on 1 January — still the old day and year there.
    [InlineData("971", "2027-01-01T01:00:00Z", "2026-12-31")]
    [InlineData("971", "2027-01-01T04:00:00Z", "2027-01-01")]
    // Guyane (UTC−3), La Réunion (UTC+4), Mayotte (UTC+3).
    [InlineData("973", "2027-01-01T02:59:00Z", "2026-12-31")]
    [InlineData("974", "2026-12-31T20:00:00Z", "2027-01-01")]
    [InlineData("974", "2026-12-31T19:59:00Z", "2026-12-31")]
    [InlineData("976", "2026-12-31T21:00:00Z", "2027-01-01")]
    public void The_issue_day_and_the_numbering_year_are_the_practice_s_own(string department, string utc, string expectedDay)
    {
        var instant = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        var calendar = At(department, instant);
        var day = DateOnly.Parse(expectedDay, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(day, calendar.Today);
        Assert.Equal(day, calendar.DayOf(instant));
        Assert.Equal(day.Year, calendar.NumberingYear(instant));
    }

    [Theory]
    [InlineData("Europe/Paris")]
    [InlineData("America/Guadeloupe")]
    [InlineData("America/Cayenne")]
    [InlineData("Indian/Reunion")]
    [InlineData("Indian/Mayotte")]
    [InlineData("America/Miquelon")]
    [InlineData("America/Santiago")] // its clocks go forward at midnight: the day begins at 01:00
    [InlineData("America/Havana")] // its clocks go back at 01:00 to 00:00: midnight comes twice
    public void A_day_starts_at_the_first_instant_the_calendar_calls_it(string zoneId)
    {
        var calendar = new PracticeCalendar(TimeZoneInfo.FindSystemTimeZoneById(zoneId), TimeProvider.System);
        for (var day = new DateOnly(2025, 1, 1); day <= new DateOnly(2026, 12, 31); day = day.AddDays(1))
        {
            var start = calendar.StartOfDay(day);
            Assert.Equal(day, calendar.DayOf(start));
            Assert.Equal(day.AddDays(-1), calendar.DayOf(start.AddTicks(-TimeSpan.TicksPerMicrosecond)));
        }
    }
}
