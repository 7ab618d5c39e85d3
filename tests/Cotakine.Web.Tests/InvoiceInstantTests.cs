using System.Globalization;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Microsoft.Data.Sqlite;

namespace Cotakine.Web.Tests;

/// <summary>
/// The integer instant the invoice list sorts and ranges on: the SQLite back-fill reads EF Core's <c>DateTimeOffset</c>
/// text to the same microsecond as <see cref="Invoice.UnixMicroseconds"/>. (Where a practice's day starts as an instant
/// is the calendar's own test: <c>tests/Cotakine.Tests/Practice/PracticeCalendarTests.cs</c>.)
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
}
