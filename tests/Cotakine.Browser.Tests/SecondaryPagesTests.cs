using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Cotakine.Browser.Tests;

/// <summary>
/// The secondary pages on the real app (real Kestrel, SQLite, Debian's Chromium): the day view and its alerts, the
/// settings round trip, the hors-nomenclature devis and its PDF, the invoice list with a payment, the DAP document.
/// Each test opens a practice of its own (through <c>/api/account/register</c>) so the demo practice is left as it is.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class SecondaryPagesTests(UiServerFixture server)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<IPage> NewPracticePageAsync()
    {
        var page = await server.NewPageAsync();
        var n = Guid.NewGuid().ToString("N")[..8];
        // Not « kine-… »: an address whose part before @ is only « kine » plus digits is inside the password, refused as guessable.
        await PostAsync(page, "/api/account/register", new
        {
            email = $"cabinet-{n}@example.fr", password = "Secret-Kine-42", practiceName = $"Cabinet {n}", department = "75", zone = "plaine",
            address = "2 rue X, 75002 Paris", rpps = $"{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}", amNumber = "751234567",
            lastName = "Kiné", firstName = "Test",
        });
        return page;
    }

    private static async Task<JsonElement> PostAsync(IPage page, string url, object body)
    {
        var response = await page.Context.APIRequest.PostAsync(url, new APIRequestContextOptions { DataObject = body });
        Assert.True(response.Ok, $"{url} → {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }

    private static string Id(JsonElement e) => e.GetProperty("id").GetString()!;

    [Fact]
    public async Task Day_view_shows_alerts_and_the_invoice_list_records_a_payment()
    {
        var page = await NewPracticePageAsync();
        var patient = Id(await PostAsync(page, "/api/patients", new { lastName = "Garnier", firstName = "Paul", coverage = "standard", regime = "general" }));
        // Prescription without the prescriber's RPPS and n° AM (CPAM memo, seed 004, ngap-facts §K.1).
        var incomplete = Id(await PostAsync(page, "/api/prescriptions", new { patientId = patient, date = Iso(Today.AddDays(-3)), indication = "Canal carpien opéré", segment = "poignet", laterality = "left" }));
        // Source: acts.json rsc-canal-carpien, sessionsBeforeDap = 0: session 1 is blocked until the caisse agrees.
        var carpien = Id(await PostAsync(page, "/api/plans", new { patientId = patient, prescriptionId = incomplete, origin = "prescription", actId = "rsc-canal-carpien", sessionCount = 5, startDate = Iso(Today) }));
        var dorsal = Id(await PostAsync(page, "/api/plans", new { patientId = patient, prescriptionId = incomplete, origin = "prescription", actId = "rao-rachis-dorsal", sessionCount = 5, startDate = Iso(Today) }));
        var session = Id(await PostAsync(page, $"/api/plans/{dorsal}/sessions", new { date = Iso(Today), time = "08:30", place = "cabinet" }));
        var invoice = (await PostAsync(page, "/api/invoices", new { sessionIds = new[] { session }, grouped = false, tiersPayant = true, amc = 0m }))[0];

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("#day-sessions")).ToContainTextAsync("GARNIER Paul");
        await Assertions.Expect(page.Locator("#day-sessions")).ToContainTextAsync($"Facturée ({invoice.GetProperty("number").GetString()})");
        await Assertions.Expect(page.Locator("#alerts [data-kind=Blocked]")).ToContainTextAsync("la séance 1 est soumise à accord préalable dès la première séance");
        await Assertions.Expect(page.Locator("#alerts [data-kind=BilanDue]").First).ToContainTextAsync("bilan-diagnostic");
        await Assertions.Expect(page.Locator("#alerts [data-kind=PrescriptionIncomplete]")).ToContainTextAsync("n° RPPS du prescripteur");
        await Assertions.Expect(page.Locator("#alerts [data-kind=Unpaid]")).ToContainTextAsync("reste dû AMO");
        await server.ScreenshotAsync(page, "journee-alertes");

        // The date picker shows another day.
        await page.FillAsync("#date", Iso(Today.AddDays(1)));
        await page.ClickAsync("form.toolbar button[type=submit]");
        await Assertions.Expect(page.Locator("#no-sessions")).ToContainTextAsync("Aucune séance enregistrée");

        // The DAP document of the blocked plan, with an argumentaire, and its PDF.
        await page.GotoAsync($"/plans/{carpien}/dap/document");
        await page.FillAsync("#argumentaire", "Douleurs cicatricielles persistantes, force de préhension à 40 %.");
        await page.ClickAsync("#argumentaire-form button");
        await Assertions.Expect(page.Locator("#argumentaire-text")).ToHaveTextAsync("Douleurs cicatricielles persistantes, force de préhension à 40 %.");
        await server.ScreenshotAsync(page, "dap-document");
        var dap = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#pdf-link"));
        var dapText = Pdf.Text(await File.ReadAllBytesAsync((await dap.PathAsync())!));
        Assert.Contains("Demande d'accord préalable", dapText, StringComparison.Ordinal);
        Assert.Contains("GARNIER Paul", dapText, StringComparison.Ordinal);
        Assert.Contains("force de préhension à 40 %.", dapText, StringComparison.Ordinal);

        // Invoice list: unpaid, then the AMO share paid through the form.
        await page.GotoAsync("/factures?statut=impayees");
        var row = page.Locator($"#invoices tr[data-number='{invoice.GetProperty("number").GetString()}']");
        await Assertions.Expect(row.Locator(".status")).ToContainTextAsync("Reste dû : AMO");
        await server.ScreenshotAsync(page, "factures");
        await row.Locator("summary").ClickAsync();
        await row.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#saved")).ToContainTextAsync("Paiement enregistré");
        await page.GotoAsync("/factures");
        await Assertions.Expect(row.Locator(".status")).Not.ToContainTextAsync("AMO");
    }

    [Fact]
    public async Task The_invoice_patient_filter_suggests_names_as_typed_and_filters_on_the_chosen_patient()
    {
        var page = await NewPracticePageAsync();
        var numbers = new Dictionary<string, string>();
        var ids = new Dictionary<string, string>();
        foreach (var (last, first) in new[] { ("Politique", "Sécurité"), ("Polin", "Aude"), ("Zèbre", "Paul") })
        {
            var patient = Id(await PostAsync(page, "/api/patients", new { lastName = last, firstName = first, coverage = "standard", regime = "general" }));
            var prescription = Id(await PostAsync(page, "/api/prescriptions", new { patientId = patient, date = Iso(Today), indication = "x", segment = "rachis", laterality = "not-applicable" }));
            var plan = Id(await PostAsync(page, "/api/plans", new { patientId = patient, prescriptionId = prescription, origin = "prescription", actId = "rao-rachis-dorsal", sessionCount = 5, startDate = Iso(Today) }));
            var session = Id(await PostAsync(page, $"/api/plans/{plan}/sessions", new { date = Iso(Today), place = "cabinet" }));
            var invoice = (await PostAsync(page, "/api/invoices", new { sessionIds = new[] { session }, grouped = false, tiersPayant = true, amc = 0m }))[0];
            numbers[last] = invoice.GetProperty("number").GetString()!;
            ids[last] = patient;
        }

        await page.GotoAsync("/factures");
        await Assertions.Expect(page.Locator("#invoices tbody tr")).ToHaveCountAsync(3);
        // Suggestions come from the paged API as the kiné types, accents and case ignored.
        await page.FillAsync("#patient-nom", "poli");
        var options = page.Locator("#patient-suggestions option");
        await Assertions.Expect(options).ToHaveCountAsync(2);
        Assert.Equal(["POLIN Aude", "POLITIQUE Sécurité"], (await options.EvaluateAllAsync<string[]>("os => os.map(o => o.value)")).Order(StringComparer.Ordinal));
        await page.FillAsync("#patient-nom", "zebre");
        await Assertions.Expect(options).ToHaveCountAsync(1);
        await Assertions.Expect(options.First).ToHaveAttributeAsync("value", "ZÈBRE Paul");

        // Picking a suggestion keeps its id; the filter then shows that patient's invoice only.
        await page.FillAsync("#patient-nom", "POLITIQUE Sécurité");
        await Assertions.Expect(page.Locator("[data-patient-id]")).ToHaveValueAsync(ids["Politique"]);
        await page.ClickAsync("#invoice-filters button[type=submit]");
        await page.WaitForURLAsync(new Regex($"patient={ids["Politique"]}"));
        await Assertions.Expect(page.Locator("#invoices tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"#invoices tr[data-number='{numbers["Politique"]}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#patient-nom")).ToHaveValueAsync("POLITIQUE Sécurité");

        // Other words typed: the id is dropped and the words filter (both « poli » patients).
        await page.FillAsync("#patient-nom", "poli");
        await Assertions.Expect(page.Locator("[data-patient-id]")).ToHaveValueAsync("");
        await page.ClickAsync("#invoice-filters button[type=submit]");
        await Assertions.Expect(page.Locator("#patient-notice")).ToContainTextAsync("2 patients correspondent à « poli »");
        await Assertions.Expect(page.Locator("#invoices tbody tr")).ToHaveCountAsync(2);
        await server.ScreenshotAsync(page, "factures-filtre-patient");
    }

    [Fact]
    public async Task Settings_round_trip_keeps_what_was_typed_on_error()
    {
        var page = await NewPracticePageAsync();
        await page.GotoAsync("/reglages");
        await page.FillAsync("#departement", "99");
        await page.FillAsync("#adresse", "12 chemin des Alpages, 74400 Chamonix");
        await page.SelectOptionAsync("#zone", "montagne");
        await page.ClickAsync("#practice-form button[type=submit]");
        await Assertions.Expect(page.Locator("#departement-error")).ToHaveTextAsync("Département : « 99 » est inconnu (ex. 75, 2A, 971).");
        await Assertions.Expect(page.Locator("#adresse")).ToHaveValueAsync("12 chemin des Alpages, 74400 Chamonix");
        await Assertions.Expect(page.Locator("#zone")).ToHaveValueAsync("montagne");
        await server.ScreenshotAsync(page, "reglages-erreur");

        await page.FillAsync("#departement", "74");
        await page.ClickAsync("#practice-form button[type=submit]");
        await Assertions.Expect(page.Locator("#saved")).ToHaveTextAsync("Cabinet enregistré.");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#departement")).ToHaveValueAsync("74");
        await Assertions.Expect(page.Locator("#zone")).ToHaveValueAsync("montagne");
        await Assertions.Expect(page.Locator("#adresse")).ToHaveValueAsync("12 chemin des Alpages, 74400 Chamonix");
        await server.ScreenshotAsync(page, "reglages");
    }

    [Fact]
    public async Task Hors_nomenclature_devis_is_created_and_its_pdf_says_not_reimbursed()
    {
        var page = await NewPracticePageAsync();
        await PostAsync(page, "/api/patients", new { lastName = "Roux", firstName = "Jeanne", coverage = "standard", regime = "general" });
        await page.GotoAsync("/hors-nomenclature");
        await page.ClickAsync("text=Nouveau devis");
        // The patient field suggests names as they are typed; the name typed in full is enough on its own.
        await page.FillAsync("#patient-nom", "roux jeanne");
        await page.FillAsync("#libelle", "Drainage de confort, 10 séances");
        await page.FillAsync("#montant", "350,00");
        await page.ClickAsync("#hn-form button[type=submit]");
        await page.WaitForURLAsync(new Regex("/hors-nomenclature/devis/[0-9a-f-]{36}"));
        await Assertions.Expect(page.Locator("#hn-document")).ToContainTextAsync("non remboursables par l'Assurance maladie");
        await server.ScreenshotAsync(page, "devis-hn");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#pdf-link"));
        var text = Pdf.Text(await File.ReadAllBytesAsync((await download.PathAsync())!));
        Assert.Contains("Devis — soins hors nomenclature", text, StringComparison.Ordinal);
        Assert.Contains("non remboursables par l'Assurance maladie", text, StringComparison.Ordinal);
        Assert.Contains("ROUX Jeanne", text, StringComparison.Ordinal);
        Assert.Contains("350,00 €", text, StringComparison.Ordinal);
    }
}
