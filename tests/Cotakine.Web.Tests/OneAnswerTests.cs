using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Cotakine.Web.Tests.Pages.PageKit;

namespace Cotakine.Web.Tests;

/// <summary>
/// Issue « One house for the practice »: each use case that was written once for the API and once for the pages, and
/// whose copies had drifted apart, now has one implementation — so the API and the page give the same answer. One test
/// per drifted pair: payments, a session past the DAP threshold, « paid » on a cancelled invoice, the date filter of the
/// invoices, and the code printed on the DAP.
/// </summary>
public abstract class OneAnswerTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [Fact]
    public async Task A_payment_beyond_the_share_is_refused_with_the_same_reason_by_the_api_and_the_page()
    {
        var client = await app.NewPracticeAsync();
        var invoice = await InvoiceAsync(client, "rao-rachis-dorsal");
        var amo = invoice["amo"]!.GetValue<decimal>();

        var api = await client.PostAsJsonAsync($"/api/invoices/{Id(invoice)}/payments", new { payer = "amo", amount = amo + 1m });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var apiReason = (await api.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["amount"]![0]!.GetValue<string>();
        Assert.StartsWith("amount : ", apiReason, StringComparison.Ordinal);

        var form = await PostFormAsync(client, "/factures",
            [new("facture", Id(invoice)), new("payeur", "amo"), new("montant", (amo + 1m).ToString(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")))],
            "/factures?handler=paiement");
        var html = WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync());
        Assert.Contains($"Montant : {apiReason["amount : ".Length..]}.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_past_the_dap_threshold_is_recorded_by_neither_the_api_nor_the_page()
    {
        // Source: acts.json rsc-canal-carpien, sessionsBeforeDap = 0 (DAP before the first session).
        var client = await app.NewPracticeAsync();
        var plan = await PlanAsync(client, "rsc-canal-carpien");

        var api = await client.PostAsJsonAsync($"/api/plans/{plan}/sessions", new { date = "2026-03-02", place = "cabinet" });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.NotNull((await api.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["dap"]);

        var page = await PostFormAsync(client, $"/plans/{plan}/seances/nouvelle", [new("date", "2026-03-02"), new("lieu", "cabinet")],
            $"/plans/{plan}/seances/nouvelle?handler=Enregistrer");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // shown again with the explanation, not redirected to the plan
        var sessions = (await client.GetFromJsonAsync<JsonObject>($"/api/plans/{plan}"))!["sessions"]!.AsArray();
        Assert.Empty(sessions);
    }

    [Fact]
    public async Task A_paid_invoice_cancelled_by_a_credit_note_is_not_paid_for_the_api_nor_for_the_list()
    {
        var client = await app.NewPracticeAsync();
        var invoice = await InvoiceAsync(client, "rao-rachis-dorsal");
        foreach (var payer in new[] { "amo", "amc", "patient" })
        {
            if (invoice[payer]!.GetValue<decimal>() > 0)
            {
                await PostJsonAsync(client, $"/api/invoices/{Id(invoice)}/payments", new { payer, amount = invoice[payer]!.GetValue<decimal>() });
            }
        }

        Assert.True((await client.GetFromJsonAsync<JsonObject>($"/api/invoices/{Id(invoice)}"))!["paid"]!.GetValue<bool>());
        var credit = await PostJsonAsync(client, $"/api/invoices/{Id(invoice)}/credit-note", new { });

        Assert.False((await client.GetFromJsonAsync<JsonObject>($"/api/invoices/{Id(invoice)}"))!["paid"]!.GetValue<bool>());
        var list = await PageAsync(client, "/factures?statut=payees");
        Assert.DoesNotContain($"data-number=\"{invoice["number"]!.GetValue<string>()}\"", list, StringComparison.Ordinal);
        Assert.Contains($"Annulée par l'avoir {credit["number"]!.GetValue<string>()}", await PageAsync(client, "/factures"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_and_the_list_filter_invoices_on_the_same_practice_days()
    {
        // Guadeloupe (UTC−4): an invoice issued at 02:30 UTC is of the day before there.
        var client = await app.NewPracticeAsync("971");
        var now = app.Clock.GetUtcNow();
        var next = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1).AddHours(2).AddMinutes(30), TimeSpan.Zero);
        app.Clock.SetUtcNow(next);
        var invoice = await InvoiceAsync(client, "rao-rachis-dorsal");
        var number = invoice["number"]!.GetValue<string>();
        var localDay = DateOnly.FromDateTime(next.UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd");
        var dayAfter = DateOnly.FromDateTime(next.UtcDateTime).ToString("yyyy-MM-dd");
        Assert.Equal(localDay, invoice["issuedOn"]!.GetValue<string>());

        async Task<bool> InApi(string day) =>
            (await client.GetFromJsonAsync<JsonArray>($"/api/invoices?from={day}&to={day}"))!.Any(i => i!["number"]!.GetValue<string>() == number);
        async Task<bool> InList(string day) =>
            (await PageAsync(client, $"/factures?du={day}&au={day}")).Contains($"data-number=\"{number}\"", StringComparison.Ordinal);

        Assert.True(await InApi(localDay));
        Assert.True(await InList(localDay));
        Assert.False(await InApi(dayAfter));
        Assert.False(await InList(dayAfter));
    }

    [Fact]
    public async Task The_dap_document_and_the_api_name_the_same_code()
    {
        // Source: acts.json ram-lombalgie-commune, a référentiel of 15 sessions before DAP.
        var client = await app.NewPracticeAsync();
        var plan = await PlanAsync(client, "ram-lombalgie-commune");
        var code = (await client.GetFromJsonAsync<JsonObject>($"/api/plans/{plan}"))!["dapDocument"]!["code"]!.GetValue<string>();
        Assert.Contains($"{code} (article", await PageAsync(client, $"/plans/{plan}/dap/document"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_payment_of_a_fraction_of_a_cent_is_refused_not_rounded_to_nothing()
    {
        var client = await app.NewPracticeAsync();
        var invoice = await InvoiceAsync(client, "rao-rachis-dorsal");
        var api = await client.PostAsJsonAsync($"/api/invoices/{Id(invoice)}/payments", new { payer = "patient", amount = 0.004m });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("deux décimales", (await api.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["amount"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await client.GetFromJsonAsync<JsonObject>($"/api/invoices/{Id(invoice)}"))!["payments"]!.AsArray());
    }

    [Fact]
    public async Task A_home_visit_distance_beyond_999_km_is_refused_as_too_long_by_the_api_and_the_page()
    {
        var client = await app.NewPracticeAsync();
        var plan = await PlanAsync(client, "rao-rachis-dorsal");
        var api = await client.PostAsJsonAsync($"/api/plans/{plan}/sessions", new { date = "2026-01-06", place = "domicile", travelKm = 1_000_000_000_000m });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("trop longue", (await api.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["travelKm"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var page = await PostFormAsync(client, $"/plans/{plan}/seances/nouvelle", [new("date", "2026-01-06"), new("lieu", "domicile"), new("distance", "5000")],
            $"/plans/{plan}/seances/nouvelle?handler=Enregistrer");
        Assert.Contains("trop long", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty((await client.GetFromJsonAsync<JsonObject>($"/api/plans/{plan}"))!["sessions"]!.AsArray());
    }

    private static async Task<string> PlanAsync(HttpClient client, string actId)
    {
        var patient = await PatientAsync(client, "Réponse", "Unique");
        var prescription = await PostJsonAsync(client, "/api/prescriptions", new { patientId = patient, date = "2026-01-02", indication = "x", segment = "rachis", laterality = "not-applicable" });
        return Id(await PostJsonAsync(client, "/api/plans", new { patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId, sessionCount = 10, startDate = "2026-01-05" }));
    }

    private static async Task<JsonNode> InvoiceAsync(HttpClient client, string actId)
    {
        var plan = await PlanAsync(client, actId);
        var session = await PostJsonAsync(client, $"/api/plans/{plan}/sessions", new { date = "2026-01-06", place = "cabinet" });
        return (await PostJsonAsync(client, "/api/invoices", new { sessionIds = new[] { Id(session) }, tiersPayant = true, amc = 0m })).AsArray()[0]!;
    }
}

public sealed class SqliteOneAnswerTests(SqliteAppFactory app) : OneAnswerTests<SqliteAppFactory>(app);

public sealed class PostgresOneAnswerTests(PostgresAppFactory app) : OneAnswerTests<PostgresAppFactory>(app);
