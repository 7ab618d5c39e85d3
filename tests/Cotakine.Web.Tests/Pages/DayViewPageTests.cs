using System.Net;
using static Cotakine.Web.Tests.Pages.PageKit;

namespace Cotakine.Web.Tests.Pages;

/// <summary>The « Journée » page on a real database (SQLite and PostgreSQL subclasses); the fake clock says 02/03/2026.</summary>
public abstract class DayViewPageTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [Fact]
    public async Task Shows_the_days_sessions_and_every_kind_of_alert_for_the_practice_only()
    {
        var client = await app.NewPracticeAsync();
        var marie = await PatientAsync(client, "Durand", "Marie");
        // A prescription without the prescriber's identifiers (CPAM memo, seed 004, ngap-facts §K.1: RPPS and n° AM are required).
        var incomplete = await PostJsonAsync(client, "/api/prescriptions", new { patientId = marie, date = "2026-02-20", indication = "Canal carpien opéré", segment = "poignet", laterality = "left" });
        // Source: acts.json rsc-canal-carpien, sessionsBeforeDap = 0: the first session is already past the threshold.
        var carpien = await PostJsonAsync(client, "/api/plans", new { patientId = marie, prescriptionId = Id(incomplete), origin = "prescription", actId = "rsc-canal-carpien", sessionCount = 3, startDate = "2026-03-02" });
        // A session past the threshold is recorded only under an agreement: the DAP sent on 10/02 is tacitly agreed on 02/03
        // (15 days, CSS D.315-5), the session recorded, then the caisse refuses: that session is recorded but not billable.
        await PostJsonAsync(client, $"/api/plans/{Id(carpien)}/dap", new { status = "sent", date = "2026-02-10" }, System.Net.HttpStatusCode.OK);
        await PostJsonAsync(client, $"/api/plans/{Id(carpien)}/sessions", new { date = "2026-03-02", time = "08:00", place = "cabinet" });
        await PostJsonAsync(client, $"/api/plans/{Id(carpien)}/dap", new { status = "refused", date = "2026-03-02" }, System.Net.HttpStatusCode.OK);

        var louis = await PatientAsync(client, "Petit", "Louis");
        var complete = await PostJsonAsync(client, "/api/prescriptions", new
        {
            patientId = louis, date = "2026-01-20", prescriberName = "Dr Leroy", prescriberRpps = "10009876543", prescriberAmNumber = "751111111",
            indication = "Rééducation après méniscectomie", segment = "genou", laterality = "right",
        });
        // Source: acts.json ric-meniscectomie, sessionsBeforeDap = 15; rules.json dap.alertSessionsBefore = 3.
        var plan = await PostJsonAsync(client, "/api/plans", new { patientId = louis, prescriptionId = Id(complete), origin = "prescription", actId = "ric-meniscectomie", sessionCount = 20, startDate = "2026-02-01" });
        string? todays = null;
        for (var n = 1; n <= 13; n++)
        {
            var date = n == 13 ? "2026-03-02" : new DateOnly(2026, 2, 1).AddDays(n).ToString("yyyy-MM-dd");
            var session = await PostJsonAsync(client, $"/api/plans/{Id(plan)}/sessions", new { date, time = "10:15", place = "cabinet" });
            todays = Id(session);
        }

        var invoice = (await PostJsonAsync(client, "/api/invoices", new { sessionIds = new[] { todays }, grouped = false, tiersPayant = true, amc = 0m })).AsArray()[0]!;

        var html = await PageAsync(client, "/");
        Assert.Contains("Navigation principale", html, StringComparison.Ordinal); // the shared layout of the UI library
        Assert.Contains("Journée du 02/03/2026 (aujourd'hui)", html, StringComparison.Ordinal);
        Assert.Contains("PETIT Louis", html, StringComparison.Ordinal);
        Assert.Contains("13 / 20", html, StringComparison.Ordinal);
        Assert.Contains($"Facturée ({invoice["number"]!.GetValue<string>()})", html, StringComparison.Ordinal);
        // Next session 14 > 15 - 3: send the DAP.
        Assert.Contains("DAP à envoyer", html, StringComparison.Ordinal);
        Assert.Contains("séance 14 sur 20, seuil du référentiel à 15 séances", html, StringComparison.Ordinal);
        // Canal carpien: the next session blocked until the caisse agrees; the session recorded under the tacit agreement is flagged as not billable.
        Assert.Contains("Séance bloquée", html, StringComparison.Ordinal);
        Assert.Contains("la séance 2 est soumise à accord préalable dès la première séance (seuil de 0 séance)", html, StringComparison.Ordinal);
        Assert.Contains("séance 1 enregistrée mais non facturable : soumise à accord préalable dès la première séance (seuil de 0 séance) sans accord de la caisse (DAP refusée)", html, StringComparison.Ordinal);
        Assert.Contains("Bloquée (DAP)", html, StringComparison.Ordinal);
        // BDK cadence (diagnostics.json, first = 1, next = 30, every 20): due at the first session of a plan, not at the 14th.
        var fresh = await PostJsonAsync(client, "/api/plans", new { patientId = louis, prescriptionId = Id(complete), origin = "prescription", actId = "ric-meniscectomie", sessionCount = 5, startDate = "2026-03-02" });
        html = await PageAsync(client, "/");
        Assert.Contains("Bilan à faire", html, StringComparison.Ordinal);
        Assert.Contains("à la prochaine séance (séance 1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("à la prochaine séance (séance 14)", html, StringComparison.Ordinal);
        _ = fresh;
        Assert.Contains("n° Assurance Maladie du prescripteur", html, StringComparison.Ordinal);
        Assert.Contains("n° RPPS du prescripteur", html, StringComparison.Ordinal);
        // Unpaid invoice, tiers payant: the AMO share and the patient share are due.
        var amo = invoice["amo"]!.GetValue<decimal>();
        Assert.Contains($"Facture {invoice["number"]!.GetValue<string>()}", html, StringComparison.Ordinal);
        Assert.Contains($"AMO {Fr.Euros(amo)}", html, StringComparison.Ordinal);

        // Another practice sees none of it.
        var other = await app.NewPracticeAsync();
        var otherHtml = await PageAsync(other, "/");
        Assert.DoesNotContain("PETIT Louis", otherHtml, StringComparison.Ordinal);
        Assert.Contains("Aucune séance enregistrée le 02/03/2026", otherHtml, StringComparison.Ordinal);
        Assert.Contains("Rien à signaler", otherHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_day_is_chosen_with_the_date_picker_and_a_bad_date_is_explained_in_french()
    {
        var client = await app.NewPracticeAsync();
        var html = await PageAsync(client, "/?date=2026-03-05");
        Assert.Contains("Journée du 05/03/2026", html, StringComparison.Ordinal);
        Assert.DoesNotContain("(aujourd'hui)", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?date=2026-03-04\"", html, StringComparison.Ordinal);

        var bad = await PageAsync(client, "/?date=31/02/2026");
        Assert.Contains("« 31/02/2026 » n'est pas une date", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2026\"", bad, StringComparison.Ordinal);
        Assert.Contains("Journée du 02/03/2026 (aujourd'hui)", bad, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/reglages")]
    [InlineData("/factures")]
    [InlineData("/hors-nomenclature")]
    [InlineData("/hors-nomenclature/nouveau?type=devis")]
    [InlineData("/hors-nomenclature/devis/00000000-0000-0000-0000-000000000001/pdf")]
    [InlineData("/plans/00000000-0000-0000-0000-000000000001/dap/pdf")]
    public async Task The_pages_require_a_login(string url)
    {
        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync(url);
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, $"{url} → {response.StatusCode}");
        var page = new HttpRequestMessage(HttpMethod.Get, url);
        page.Headers.Accept.ParseAdd("text/html");
        var browser = await anonymous.SendAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, browser.StatusCode);
        Assert.StartsWith("/connexion", browser.Headers.Location!.PathAndQuery.Length > 0 && browser.Headers.Location.IsAbsoluteUri ? browser.Headers.Location.PathAndQuery : browser.Headers.Location.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class SqliteDayViewPageTests(SqliteAppFactory app) : DayViewPageTests<SqliteAppFactory>(app);

public sealed class PostgresDayViewPageTests(PostgresAppFactory app) : DayViewPageTests<PostgresAppFactory>(app);
