using System.Data.Common;
using System.Globalization;
using Cotakine.Catalog.Loading;
using Cotakine.Persistence;
using Cotakine.Practice;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cotakine.Web.Tests;

/// <summary>
/// The migration that adds <c>Invoices.IssuedOn</c> fills it, for the documents issued before it, with the day
/// <see cref="PracticeCalendar.DayOf"/> gives for new ones: checked against .NET's own conversion every quarter of an hour
/// around each change of summer time in Paris (2024–2027), each New Year, and in every DROM zone
/// (data/ngap/territories.json). SQLite has no time-zone database, so its SQL writes the EU summer-time rule out: this is
/// the test that would catch a wrong Sunday or hour.
/// </summary>
public abstract class InvoiceIssueDateBackfillTests
{
    private static readonly string[] Departments = ["75", "2A", "971", "972", "973", "974", "976"];

    protected abstract bool Postgres { get; }

    /// <summary>A connection whose unqualified <c>"Invoices"</c> and <c>"Practices"</c> are scratch tables of this test.</summary>
    protected abstract Task<DbConnection> OpenScratchAsync();

    [Fact]
    public async Task The_backfilled_issue_day_is_the_practice_s_calendar_day()
    {
        await using var connection = await OpenScratchAsync();
        await ExecuteAsync(connection, Postgres
            ? """
              CREATE TABLE "Practices" ("Id" uuid PRIMARY KEY, "Department" text NOT NULL);
              CREATE TABLE "Invoices" ("Id" uuid PRIMARY KEY, "PracticeId" uuid NOT NULL, "IssuedAt" timestamptz NOT NULL,
                  "IssuedAtUnixMicroseconds" bigint NOT NULL, "IssuedOn" date NOT NULL);
              """
            : """
              CREATE TABLE "Practices" ("Id" TEXT PRIMARY KEY, "Department" TEXT NOT NULL);
              CREATE TABLE "Invoices" ("Id" TEXT PRIMARY KEY, "PracticeId" TEXT NOT NULL, "IssuedAt" TEXT NOT NULL,
                  "IssuedAtUnixMicroseconds" INTEGER NOT NULL, "IssuedOn" TEXT NOT NULL);
              """);
        var practices = Departments.ToDictionary(d => d, _ => Guid.NewGuid());
        var expected = new Dictionary<Guid, DateOnly>();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            foreach (var (department, practiceId) in practices)
            {
                await ExecuteAsync(connection, $"""INSERT INTO "Practices" VALUES ('{practiceId}', '{department}')""", transaction);
                var zone = TimeZoneInfo.FindSystemTimeZoneById(CatalogLoader.Embedded.FindDepartment(department)!.TimeZoneId);
                var calendar = new PracticeCalendar(zone, TimeProvider.System);
                foreach (var instant in Instants(department is "75" or "2A"))
                {
                    var id = Guid.NewGuid();
                    expected[id] = calendar.DayOf(instant);
                    var at = Postgres ? instant.ToString("yyyy-MM-dd HH:mm:ssK", CultureInfo.InvariantCulture) : instant.ToString("yyyy-MM-dd HH:mm:ss+00:00", CultureInfo.InvariantCulture);
                    await ExecuteAsync(connection,
                        $"""INSERT INTO "Invoices" VALUES ('{id}', '{practiceId}', '{at}', {Practice.Invoicing.Invoice.UnixMicroseconds(instant)}, '0001-01-01')""", transaction);
                }
            }

            await transaction.CommitAsync();
        }

        await ExecuteAsync(connection, InvoiceIssueDateBackfill.Sql(Postgres, CatalogLoader.Embedded));

        await using var read = connection.CreateCommand();
        read.CommandText = """SELECT "Id", "IssuedOn" FROM "Invoices" """;
        await using var reader = await read.ExecuteReaderAsync();
        var checkedRows = 0;
        while (await reader.ReadAsync())
        {
            var id = Postgres ? reader.GetGuid(0) : Guid.Parse(reader.GetString(0));
            var day = Postgres ? DateOnly.FromDateTime(reader.GetDateTime(1)) : DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.True(expected[id] == day, $"facture {id} : attendu {expected[id]:yyyy-MM-dd}, repris {day:yyyy-MM-dd}");
            checkedRows++;
        }

        Assert.Equal(expected.Count, checkedRows);
    }

    /// <summary>Every quarter of an hour over two days around each summer-time change (Paris) and each New Year (all zones).</summary>
    private static IEnumerable<DateTimeOffset> Instants(bool metropolitan)
    {
        var days = new List<DateOnly>();
        for (var year = 2024; year <= 2027; year++)
        {
            days.Add(new DateOnly(year, 1, 1));
            if (metropolitan)
            {
                days.Add(LastSunday(year, 3));
                days.Add(LastSunday(year, 10));
            }
        }

        foreach (var day in days)
        {
            var from = new DateTimeOffset(day.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            for (var t = from; t < from.AddDays(2); t = t.AddMinutes(15))
            {
                yield return t;
            }
        }
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return day.AddDays(-(int)day.DayOfWeek);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync();
    }
}

public sealed class SqliteInvoiceIssueDateBackfillTests : InvoiceIssueDateBackfillTests
{
    protected override bool Postgres => false;

    protected override async Task<DbConnection> OpenScratchAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        return connection;
    }
}

public sealed class PostgresInvoiceIssueDateBackfillTests(PostgresAppFactory app) : InvoiceIssueDateBackfillTests, IClassFixture<PostgresAppFactory>
{
    protected override bool Postgres => true;

    protected override async Task<DbConnection> OpenScratchAsync()
    {
        using var scope = app.Services.CreateScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<CotakineDbContext>().Database.GetConnectionString();
        var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var schema = "backfill_" + Guid.NewGuid().ToString("N")[..12];
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE SCHEMA {schema}; SET search_path TO {schema};";
        await command.ExecuteNonQueryAsync();
        return connection;
    }
}
