using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using static Cotakine.Web.Tests.Pages.PageKit;

namespace Cotakine.Web.Tests.Pages;

/// <summary>The plan page: clinical notes for the kinés only, and no « Émettre la facture » for a session the engine rejected.</summary>
public abstract class PlanPageTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [Fact]
    public async Task Clinical_notes_are_written_on_the_plan_page_by_the_kine_and_never_shown_to_the_secretary()
    {
        var kine = await app.NewPracticeAsync();
        var plan = await PlanAsync(kine, "2026-02-23");
        var url = $"/plans/{plan}";

        var tooLong = await PostFormAsync(kine, url, [new("notes", new string('x', 8001))], $"{url}?handler=Notes");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("Notes cliniques : 8000 caractères au plus.", WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var saved = await PostFormAsync(kine, url, [new("notes", "  Bilan : flexion 90°, objectif 120°.  ")], $"{url}?handler=Notes");
        // Post/redirect/get: the client follows the redirect to the plan page, which confirms.
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal($"{url}?notes=enregistrees", saved.RequestMessage!.RequestUri!.PathAndQuery);
        var html = WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync());
        Assert.Contains("Notes enregistrées.", html, StringComparison.Ordinal);
        Assert.Contains(">Bilan : flexion 90°, objectif 120°.</textarea>", html, StringComparison.Ordinal);
        Assert.Equal("Bilan : flexion 90°, objectif 120°.", (await kine.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/plans/{plan}"))!["clinicalNotes"]!.GetValue<string>());

        var secretary = await SecretaryAsync(kine);
        var seen = await PageAsync(secretary, url);
        Assert.DoesNotContain("Notes cliniques", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("flexion 90°", seen, StringComparison.Ordinal);
        // The secretary has no notes form; a forged post (with the token of the page) is refused and changes nothing.
        var forged = await PostFormAsync(secretary, url, [new("notes", "effacé")], $"{url}?handler=Notes");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Contains("flexion 90°", await PageAsync(kine, url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_the_engine_rejected_shows_why_instead_of_an_invoice_button()
    {
        var kine = await app.NewPracticeAsync();
        var plan = await PlanAsync(kine, "2026-02-23", "pll-soins-palliatifs");
        // Source: acts.json pll-soins-palliatifs maxPerDay 1 (PLL 12, « cotation journalière forfaitaire »): a second
        // session the same day is an error of the engine, stored with the session.
        await PostJsonAsync(kine, $"/api/plans/{plan}/sessions", new { date = "2026-02-24", place = "cabinet" });
        var second = await kine.PostAsJsonAsync($"/api/plans/{plan}/sessions", new { date = "2026-02-24", place = "cabinet" });
        var body = await second.Content.ReadAsStringAsync();
        Assert.True(second.IsSuccessStatusCode, body);
        Assert.Contains("\"severity\":\"error\"", body, StringComparison.Ordinal);

        var html = await PageAsync(kine, $"/plans/{plan}");
        var rows = html.Split("<tr data-seance=", StringSplitOptions.None);
        Assert.Equal(3, rows.Length);
        Assert.Contains("Émettre la facture", rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Émettre la facture", rows[2], StringComparison.Ordinal);
        Assert.Contains("non facturable", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_session_the_same_day_for_the_patient_carries_the_four_conditions_warning()
    {
        var kine = await app.NewPracticeAsync();
        var plan = await PlanAsync(kine, "2026-02-23");
        var first = await PostJsonAsync(kine, $"/api/plans/{plan}/sessions", new { date = "2026-02-24", place = "cabinet" });
        Assert.DoesNotContain("deuxième séance le même jour", first.ToJsonString(), StringComparison.Ordinal);
        // Source: NGAP Titre XIV, dispositions liminaires (22/02/2024), ngap-facts §F: four conditions for a second session.
        var second = await PostJsonAsync(kine, $"/api/plans/{plan}/sessions", new { date = "2026-02-24", place = "cabinet" });
        Assert.Contains("Une deuxième séance le même jour n'est facturable à taux plein qu'avec deux prescriptions distinctes", System.Text.RegularExpressions.Regex.Unescape(second.ToJsonString()), StringComparison.Ordinal);
    }

    private static async Task<string> PlanAsync(HttpClient client, string start, string actId = "ric-ptg")
    {
        var patient = await PatientAsync(client, "Martin", "Jeanne");
        var prescription = await PostJsonAsync(client, "/api/prescriptions", new
        {
            patientId = patient, date = "2026-02-20", prescriberName = "Dr Roux", prescriberRpps = "10001234567", prescriberAmNumber = "751111111",
            indication = "Rééducation après prothèse totale de genou", segment = "genou", laterality = "left",
        });
        return Id(await PostJsonAsync(client, "/api/plans", new { patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId, sessionCount = 10, startDate = start }));
    }

    private async Task<HttpClient> SecretaryAsync(HttpClient kine)
    {
        var email = $"secretaire-{Guid.NewGuid():N}@example.fr";
        await PostJsonAsync(kine, "/api/account/secretaries", new { email, password = "Secret-Secr-42" });
        var secretary = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NoContent, (await secretary.PostAsJsonAsync("/api/account/login", new { email, password = "Secret-Secr-42" })).StatusCode);
        return secretary;
    }
}

public sealed class SqlitePlanPageTests(SqliteAppFactory app) : PlanPageTests<SqliteAppFactory>(app);

public sealed class PostgresPlanPageTests(PostgresAppFactory app) : PlanPageTests<PostgresAppFactory>(app);
