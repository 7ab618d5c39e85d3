using static Cotakine.Web.Tests.Pages.PageKit;

namespace Cotakine.Web.Tests;

/// <summary>
/// "Today" is the practice's own calendar day (its department's time zone), not Paris's: at 02:30 UTC on 10/03/2026 it is
/// still 09/03 at 22:30 in Guadeloupe (UTC−4, no summer time) and already 10/03 at 03:30 in Paris (UTC+1).
/// Source: territories.json (971 → America/Guadeloupe); IANA time zone database.
/// </summary>
public abstract class PracticeTimeZoneTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [Fact]
    public async Task Default_dates_and_the_day_view_follow_the_practices_own_time_zone()
    {
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 2, 30, 0, TimeSpan.Zero));
        var guadeloupe = await app.NewPracticeAsync("971");
        var paris = await app.NewPracticeAsync("75");

        Assert.Contains("<h1>Journée du 09/03/2026 (aujourd'hui)</h1>", await PageAsync(guadeloupe, "/"), StringComparison.Ordinal);
        Assert.Contains("<h1>Journée du 10/03/2026 (aujourd'hui)</h1>", await PageAsync(paris, "/"), StringComparison.Ordinal);

        // « Coter une séance » proposes the practice's today too.
        Assert.Contains("id=\"date\" name=\"date\" type=\"date\" value=\"2026-03-09\"", await PageAsync(guadeloupe, "/coter"), StringComparison.Ordinal);
        Assert.Contains("id=\"date\" name=\"date\" type=\"date\" value=\"2026-03-10\"", await PageAsync(paris, "/coter"), StringComparison.Ordinal);

        // A plan opened without a start date starts on the practice's today.
        foreach (var (client, expected) in new[] { (guadeloupe, "2026-03-09"), (paris, "2026-03-10") })
        {
            var patient = await PatientAsync(client);
            var prescription = await PostJsonAsync(client, "/api/prescriptions", new { patientId = patient, date = "2026-03-01", indication = "x", segment = "rachis", laterality = "not-applicable" });
            var plan = await PostJsonAsync(client, "/api/plans", new { patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = "rao-rachis-dorsal", sessionCount = 5 });
            Assert.Equal(expected, plan["startDate"]!.GetValue<string>());
            var session = await PostJsonAsync(client, $"/api/plans/{Id(plan)}/sessions", new { date = expected, place = "cabinet" });
            var invoice = (await PostJsonAsync(client, "/api/invoices", new { sessionIds = new[] { Id(session) } })).AsArray()[0]!;
            var payment = await PostJsonAsync(client, $"/api/invoices/{Id(invoice)}/payments", new { payer = "patient", amount = 1.00m });
            // A payment recorded without a date is dated the practice's today.
            Assert.Equal(expected, payment["payments"]![0]!["date"]!.GetValue<string>());
        }
    }
}

public sealed class SqlitePracticeTimeZoneTests(SqliteAppFactory app) : PracticeTimeZoneTests<SqliteAppFactory>(app);

public sealed class PostgresPracticeTimeZoneTests(PostgresAppFactory app) : PracticeTimeZoneTests<PostgresAppFactory>(app);
