using System.Globalization;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Web.Services;
using Microsoft.Data.Sqlite;

namespace Cotakine.Web.Tests;

/// <summary>
/// The integer instant the invoice list sorts and ranges on: the SQLite back-fill reads EF Core's <c>DateTimeOffset</c>
/// text to the same microsecond as <see cref="Invoice.UnixMicroseconds"/>, and the first instant of a practice's day
/// is exactly where <c>PracticeCalendar.DayOf</c> turns to that day, in every zone of the French territories and in zones
/// whose change of offset skips or repeats midnight.
/// </summary>
public sealed class InvoiceInstantTests
{
    [Fact]
    public void The_sqlite_back_fill_reads_the_stored_text_to_the_microsecond()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var instants = new[]
        {
            new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero).AddTicks(1),
            new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999),
            new DateTimeOffset(2026, 6, 15, 0, 30, 0, TimeSpan.FromHours(5.5)).AddTicks(1_234_560),
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(-3)).AddTicks(5_000_000),
            new DateTimeOffset(1999, 2, 28, 12, 0, 0, TimeSpan.FromHours(14)).AddTicks(70),
        };
        foreach (var instant in instants)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {InvoiceBalanceBackfill.SqliteMicroseconds("$t")}";
            // The text EF Core's SQLite provider writes for a DateTimeOffset.
            command.Parameters.AddWithValue("$t", instant.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
            Assert.Equal(Invoice.UnixMicroseconds(instant), (long)command.ExecuteScalar()!);
        }
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
    public void The_first_instant_of_a_day_is_where_the_practice_clock_turns_to_it(string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        DateOnly DayOf(DateTimeOffset t) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, zone).DateTime);
        for (var day = new DateOnly(2025, 1, 1); day <= new DateOnly(2026, 12, 31); day = day.AddDays(1))
        {
            var start = new PracticeCalendar(zone, TimeProvider.System).StartOfDay(day);
            Assert.Equal(day, DayOf(start));
            Assert.Equal(day.AddDays(-1), DayOf(start.AddTicks(-TimeSpan.TicksPerMicrosecond)));
        }
    }
}
