using System.Net;
using System.Text.Json.Nodes;
using static Cotakine.Web.Tests.Pages.PageKit;

namespace Cotakine.Web.Tests.Pages;

/// <summary>
/// A large practice reads its invoices a page at a time: « Factures » shows the 100 most recent matching documents with
/// « Afficher les suivantes », and <c>GET /api/invoices</c> takes <c>from</c>, <c>to</c>, <c>patientId</c>, <c>limit</c>, <c>offset</c>.
/// </summary>
public abstract class InvoicePagingTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [Fact]
    public async Task The_list_and_the_api_page_through_110_invoices_with_filters_and_reject_bad_values()
    {
        var client = await app.NewPracticeAsync();
        var patients = new List<string>();
        for (var p = 0; p < 11; p++)
        {
            var patient = await PatientAsync(client, $"Page{p:00}", "Test");
            patients.Add(patient);
            var prescription = await PostJsonAsync(client, "/api/prescriptions", new { patientId = patient, date = "2026-01-02", indication = "x", segment = "rachis", laterality = "not-applicable" });
            var plan = await PostJsonAsync(client, "/api/plans", new { patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = "rao-rachis-dorsal", sessionCount = 10, startDate = "2026-01-05" });
            var sessions = new List<string>();
            for (var s = 0; s < 10; s++)
            {
                sessions.Add(Id(await PostJsonAsync(client, $"/api/plans/{Id(plan)}/sessions", new { date = new DateOnly(2026, 1, 5).AddDays(s * 2).ToString("yyyy-MM-dd"), place = "cabinet" })));
            }

            await PostJsonAsync(client, "/api/invoices", new { sessionIds = sessions, grouped = false, tiersPayant = true, amc = 0m });
        }

        // The API: 100 by default, in numbering order, the total in X-Total-Count.
        var all = await client.GetAsync("/api/invoices?limit=1000");
        Assert.Equal("110", all.Headers.GetValues("X-Total-Count").Single());
        var numbers = Numbers(JsonNode.Parse(await all.Content.ReadAsStringAsync())!);
        Assert.Equal(110, numbers.Count);
        Assert.Equal(100, Numbers(JsonNode.Parse(await client.GetStringAsync("/api/invoices"))!).Count);
        Assert.Equal(numbers.Skip(7).Take(5), Numbers(JsonNode.Parse(await client.GetStringAsync("/api/invoices?limit=5&offset=7"))!));
        var ofOne = await client.GetAsync($"/api/invoices?patientId={patients[3]}&from=2026-03-02&to=2026-03-02");
        Assert.Equal("10", ofOne.Headers.GetValues("X-Total-Count").Single());
        Assert.All(JsonNode.Parse(await ofOne.Content.ReadAsStringAsync())!.AsArray(), i => Assert.Equal(patients[3], i!["patientId"]!.GetValue<string>()));
        var none = await client.GetAsync("/api/invoices?from=2026-03-03");
        Assert.Equal("0", none.Headers.GetValues("X-Total-Count").Single());
        Assert.Empty(JsonNode.Parse(await none.Content.ReadAsStringAsync())!.AsArray());

        foreach (var (query, field, message) in new[]
        {
            ("limit=0", "limit", "limit : « 0 » n'est pas un entier entre 1 et 1000"),
            ("limit=1001", "limit", "limit : « 1001 » n'est pas un entier entre 1 et 1000"),
            ("offset=-1", "offset", "offset : « -1 » n'est pas un entier entre 0 et"),
            ("from=02/03/2026", "from", "from : « 02/03/2026 » n'est pas une date AAAA-MM-JJ"),
            ("to=demain", "to", "to : « demain » n'est pas une date AAAA-MM-JJ"),
            ("patientId=abc", "patientId", "patientId : « abc » n'est pas un identifiant de patient"),
        })
        {
            var bad = await client.GetAsync($"/api/invoices?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            var problem = JsonNode.Parse(await bad.Content.ReadAsStringAsync())!;
            Assert.StartsWith(message, problem["errors"]![field]![0]!.GetValue<string>(), StringComparison.Ordinal);
        }

        // The page: the 100 most recent, then the next ones; together every invoice once.
        var first = await PageAsync(client, "/factures");
        Assert.Contains("Documents 1 à 100 sur 110, les plus récents d'abord", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/factures?p=2\" id=\"page-suivante\">Afficher les suivantes</a>", first, StringComparison.Ordinal);
        var second = await PageAsync(client, "/factures?p=2");
        Assert.Contains("Documents 101 à 110 sur 110", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Afficher les suivantes", second, StringComparison.Ordinal);
        Assert.Contains("Afficher les précédentes", second, StringComparison.Ordinal);
        var shown = RowNumbers(first).Concat(RowNumbers(second)).ToList();
        Assert.Equal(110, shown.Count);
        Assert.Equal(numbers.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));

        // Filters go with the pages: one patient's 10 invoices fit on one page.
        var filtered = await PageAsync(client, $"/factures?patient={patients[3]}&statut=impayees&du=2026-03-02");
        Assert.Equal(10, RowNumbers(filtered).Count);
        Assert.DoesNotContain("Afficher les suivantes", filtered, StringComparison.Ordinal);

        // The day view lists the 50 oldest unpaid invoices one by one, counts the others, and totals all 110.
        var day = await PageAsync(client, "/");
        Assert.Contains("sur 110 factures", day, StringComparison.Ordinal);
        Assert.Equal(50, System.Text.RegularExpressions.Regex.Matches(day, @"Facture [^ ]+ \(PAGE").Count);
        Assert.Contains("… et 60 autres factures non soldées (les plus anciennes sont listées ci-dessus).", day, StringComparison.Ordinal);

        // A bad page number: said in French, the first page shown.
        var badPage = await PageAsync(client, "/factures?p=deux");
        Assert.Contains("Page : « deux » n'est pas un numéro de page (1, 2, 3…) ; la première page est affichée.", badPage, StringComparison.Ordinal);
        Assert.Equal(RowNumbers(first), RowNumbers(badPage));
    }

    [Fact]
    public async Task The_patient_list_shows_200_patients_and_asks_for_a_search_beyond()
    {
        var client = await app.NewPracticeAsync();
        for (var p = 0; p < 205; p++)
        {
            await PatientAsync(client, $"Nom{p:000}", p == 204 ? "Élodie" : "Jean");
        }

        var html = await PageAsync(client, "/patients");
        Assert.Contains("200 premiers patients sur 205, par ordre alphabétique : précisez la recherche", html, StringComparison.Ordinal);
        Assert.Contains("NOM199 Jean", html, StringComparison.Ordinal);
        Assert.DoesNotContain("NOM200 Jean", html, StringComparison.Ordinal);

        // The search still finds every patient, accents and case folded.
        var found = await PageAsync(client, "/patients?q=elodie");
        Assert.Contains("NOM204 Élodie", found, StringComparison.Ordinal);
        Assert.DoesNotContain("premiers patients sur", found, StringComparison.Ordinal);
    }

    private static List<string> Numbers(JsonNode list) => list.AsArray().Select(i => i!["number"]!.GetValue<string>()).ToList();

    private static List<string> RowNumbers(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<tr data-number=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
}

public sealed class SqliteInvoicePagingTests(SqliteAppFactory app) : InvoicePagingTests<SqliteAppFactory>(app);

public sealed class PostgresInvoicePagingTests(PostgresAppFactory app) : InvoicePagingTests<PostgresAppFactory>(app);
