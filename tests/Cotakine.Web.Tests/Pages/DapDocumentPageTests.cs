using System.Net;
using static Cotakine.Web.Tests.Pages.PageKit;

namespace Cotakine.Web.Tests.Pages;

/// <summary>The pre-filled DAP of a plan: printable page and PDF (text read back with PdfPig).</summary>
public abstract class DapDocumentPageTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [Fact]
    public async Task The_dap_is_pre_filled_from_the_plan_and_its_pdf_carries_the_argumentaire()
    {
        var client = await app.NewPracticeAsync();
        var patient = await PatientAsync(client, "Petit", "Louis");
        var prescription = await PostJsonAsync(client, "/api/prescriptions", new
        {
            patientId = patient, date = "2026-01-20", prescriberName = "Dr Leroy", prescriberRpps = "10009876543", prescriberAmNumber = "751111111",
            indication = "Rééducation après méniscectomie", segment = "genou", laterality = "right",
        });
        var plan = await PostJsonAsync(client, "/api/plans", new { patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = "ric-meniscectomie", sessionCount = 20, startDate = "2026-02-01" });
        for (var n = 1; n <= 2; n++)
        {
            await PostJsonAsync(client, $"/api/plans/{Id(plan)}/sessions", new { date = $"2026-02-0{n + 1}", place = "cabinet" });
        }

        var html = await PageAsync(client, $"/plans/{Id(plan)}/dap/document");
        Assert.Contains("PETIT Louis", html, StringComparison.Ordinal);
        Assert.Contains("Dr Leroy — RPPS 10009876543, n° AM 751111111, prescription du 20/01/2026", html, StringComparison.Ordinal);
        // Source: acts.json ric-meniscectomie, sessionsBeforeDap = 15; 20 planned → 5 requested beyond the threshold.
        Assert.Contains("<dd>15 séances</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>5</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>2 (plan de 20 séances", html, StringComparison.Ordinal);
        // Source: rules.json dap.tacitAgreementDays = 15 (CSS D.315-5).
        Assert.Contains("Sans réponse de la caisse 15 jours après réception", html, StringComparison.Ordinal);

        var withText = await PageAsync(client, $"/plans/{Id(plan)}/dap/document?argumentaire=" + Uri.EscapeDataString("Flexum persistant à 15°, objectif marche sans canne."));
        Assert.Contains("Flexum persistant à 15°, objectif marche sans canne.</textarea>", withText, StringComparison.Ordinal);
        var pdfLink = System.Text.RegularExpressions.Regex.Match(withText, "id=\"pdf-link\" download href=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.GetAsync(pdfLink);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Demande d'accord préalable", text, StringComparison.Ordinal);
        Assert.Contains("PETIT Louis", text, StringComparison.Ordinal);
        Assert.Contains("RPPS 10009876543", text, StringComparison.Ordinal);
        Assert.Contains("Seuil du référentiel : 15 séances", text, StringComparison.Ordinal);
        Assert.Contains("Séances demandées au-delà du seuil : 5", text, StringComparison.Ordinal);
        Assert.Contains("Flexum persistant à 15°, objectif marche sans canne.", text, StringComparison.Ordinal);

        var other = await app.NewPracticeAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/plans/{Id(plan)}/dap/pdf")).StatusCode);
    }

    [Fact]
    public async Task A_plan_without_referentiel_has_no_dap_and_says_so()
    {
        var client = await app.NewPracticeAsync();
        var patient = await PatientAsync(client);
        var prescription = await PostJsonAsync(client, "/api/prescriptions", new { patientId = patient, date = "2026-02-20", indication = "x", segment = "rachis", laterality = "not-applicable" });
        var plan = await PostJsonAsync(client, "/api/plans", new { patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = ActWithoutThreshold, sessionCount = 5, startDate = "2026-02-23" });
        Assert.Null(plan["dapThreshold"]?.GetValue<int?>());
        var html = await PageAsync(client, $"/plans/{Id(plan)}/dap/document");
        Assert.Contains("aucun référentiel (seuil de séances) ne s'applique", html, StringComparison.Ordinal);
    }

    // Source: acts.json rao-rachis-dorsal has no "dap" rule (no référentiel threshold).
    private const string ActWithoutThreshold = "rao-rachis-dorsal";
}

public sealed class SqliteDapDocumentPageTests(SqliteAppFactory app) : DapDocumentPageTests<SqliteAppFactory>(app);

public sealed class PostgresDapDocumentPageTests(PostgresAppFactory app) : DapDocumentPageTests<PostgresAppFactory>(app);
