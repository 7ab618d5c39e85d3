using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using static Cotakine.Web.Tests.TestApi;

namespace Cotakine.Web.Tests;

/// <summary>
/// The accountant's CSV exports (journal des factures, livre des recettes) against the invoices, payments and notes
/// d'honoraires the API recorded: same numbers and amounts, French spreadsheet format, only the practice's own data.
/// </summary>
public abstract class ExportsTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public async Task The_journal_and_the_livre_des_recettes_reproduce_the_billing_of_the_period()
    {
        // The fake clock says 02/03/2026 09:00 UTC: every invoice below is issued on 02/03/2026 in Paris.
        var client = await app.NewPracticeAsync();
        var patient = Id(await PostAsync(client, "/api/patients", new { lastName = "=cmd", firstName = "Paul", coverage = "standard", regime = "general" }));
        var prescription = await PostAsync(client, "/api/prescriptions", new { patientId = patient, date = "2026-02-20", indication = "x", segment = "rachis", laterality = "not-applicable" });
        var plan = Id(await PostAsync(client, "/api/plans", new { patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = "rao-rachis-dorsal", sessionCount = 5, startDate = "2026-02-23" }));
        var s1 = Id(await PostAsync(client, $"/api/plans/{plan}/sessions", new { date = "2026-02-24", place = "cabinet" }));
        var s2 = Id(await PostAsync(client, $"/api/plans/{plan}/sessions", new { date = "2026-02-25", place = "cabinet" }));
        var invoice = (await PostAsync(client, "/api/invoices", new { sessionIds = new[] { s1 }, tiersPayant = true })).AsArray()[0]!;
        var cancelled = (await PostAsync(client, "/api/invoices", new { sessionIds = new[] { s2 } })).AsArray()[0]!;
        var credit = await PostAsync(client, $"/api/invoices/{Id(cancelled)}/credit-note", new { });
        await PostAsync(client, $"/api/invoices/{Id(invoice)}/payments", new { payer = "amo", amount = Amount(invoice, "amo"), date = "2026-03-01" });
        await PostAsync(client, $"/api/invoices/{Id(invoice)}/payments", new { payer = "patient", amount = 1.00m, date = "2026-03-02" });
        await PostAsync(client, "/api/fee-notes", new { patientId = patient, date = "2026-03-02", label = "Drainage esthétique", amount = 45m });
        await PostAsync(client, "/api/fee-notes", new { patientId = patient, date = "2026-02-27", label = "Hors période", amount = 30m });
        // Another practice bills the same day: never in this practice's export.
        var other = await app.NewPracticeAsync();
        var (otherPlan, _) = await OpenPlanAsync(other, "rao-rachis-dorsal", 2);
        var otherSession = Id(await PostAsync(other, $"/api/plans/{otherPlan}/sessions", new { date = "2026-02-24", place = "cabinet" }));
        await PostAsync(other, "/api/invoices", new { sessionIds = new[] { otherSession } });

        var journal = await CsvAsync(client, "/api/exports/invoices?from=2026-03-01&to=2026-03-02", "factures-2026-03-01-au-2026-03-02.csv");
        Assert.Equal(["Numéro", "Type", "Date d'émission", "Praticien", "Patient", "Tiers payant", "Total", "Part AMO", "Part AMC", "Part patient", "Réglé AMO", "Réglé AMC", "Réglé patient", "Reste dû", "Avoir / facture liée"], journal[0]);
        Assert.Equal(4, journal.Count);
        var first = journal.Single(r => r[0] == Number(invoice));
        Assert.Equal(["Facture", "02/03/2026"], first[1..3]);
        Assert.StartsWith("KINÉ N", first[3], StringComparison.Ordinal);
        // A name typed as a formula is neutralised for spreadsheets.
        Assert.Equal("'=CMD Paul", first[4]);
        Assert.Equal("oui", first[5]);
        Assert.Equal([Euros(invoice, "total"), Euros(invoice, "amo"), Euros(invoice, "amc"), Euros(invoice, "patient"), Euros(invoice, "amo"), "0,00", "1,00"], first[6..13]);
        Assert.Equal((Amount(invoice, "total") - Amount(invoice, "amo") - 1.00m).ToString("0.00", French), first[13]);
        var cancelledRow = journal.Single(r => r[0] == Number(cancelled));
        Assert.Equal("0,00", cancelledRow[13]);
        Assert.Equal($"annulée par l'avoir {Number(credit)}", cancelledRow[14]);
        var creditRow = journal.Single(r => r[0] == Number(credit));
        Assert.Equal("Avoir", creditRow[1]);
        Assert.Equal((-Amount(cancelled, "total")).ToString("0.00", French), creditRow[6]);
        Assert.Equal($"avoir de la facture {Number(cancelled)}", creditRow[14]);

        var receipts = await CsvAsync(client, "/api/exports/receipts?from=2026-03-01&to=2026-03-02", "recettes-2026-03-01-au-2026-03-02.csv");
        Assert.Equal(["Date", "Pièce", "Patient", "Payeur", "Nature", "Montant"], receipts[0]);
        Assert.Equal(["01/03/2026", $"Facture {Number(invoice)}", "'=CMD Paul", "Assurance maladie (AMO)", "Actes NGAP", Euros(invoice, "amo")], receipts[1]);
        Assert.Equal(["02/03/2026", $"Facture {Number(invoice)}", "'=CMD Paul", "Patient", "Actes NGAP", "1,00"], receipts[2]);
        Assert.Equal(["02/03/2026", "Note d'honoraires", "'=CMD Paul", "Patient", "Hors nomenclature : Drainage esthétique", "45,00"], receipts[3]);
        Assert.Equal(["", "", "", "", "Total", (Amount(invoice, "amo") + 1.00m + 45m).ToString("0.00", French)], receipts[4]);
        Assert.Equal(5, receipts.Count);

        // An empty period gives the header alone.
        Assert.Single(await CsvAsync(client, "/api/exports/invoices?from=2025-01-01&to=2025-12-31", "factures-2025-01-01-au-2025-12-31.csv"));
    }

    [Theory]
    [InlineData("/api/exports/invoices?to=2026-03-02", "from")]
    [InlineData("/api/exports/receipts?from=2026-03-01", "to")]
    [InlineData("/api/exports/invoices?from=01/03/2026&to=2026-03-02", "from")]
    [InlineData("/api/exports/receipts?from=2026-03-02&to=2026-03-01", "to")]
    public async Task A_bad_period_is_a_problem_naming_the_field(string url, string field)
    {
        var client = await app.NewPracticeAsync();
        await AssertProblemAsync(await client.GetAsync(url), field);
    }

    [Fact]
    public async Task The_exports_page_offers_the_current_month_and_downloads_the_files()
    {
        var client = await app.NewPracticeAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/exports"));
        Assert.Contains("id=\"du\" name=\"du\" type=\"date\" value=\"2026-03-01\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"au\" name=\"au\" type=\"date\" value=\"2026-03-02\"", html, StringComparison.Ordinal);

        var file = await client.GetAsync("/exports?du=2026-03-01&au=2026-03-02&handler=Recettes");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("recettes-2026-03-01-au-2026-03-02.csv", file.Content.Headers.ContentDisposition?.FileNameStar ?? file.Content.Headers.ContentDisposition?.FileName);

        var bad = await client.GetAsync("/exports?du=2026-03-05&au=2026-03-01&handler=Factures");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Au : la fin de période (01/03/2026) précède son début (05/03/2026).", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static async Task<List<string[]>> CsvAsync(HttpClient client, string url, string fileName)
    {
        var response = await client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode} {Encoding.UTF8.GetString(bytes)}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(';')).ToList();
    }

    private static string Number(JsonNode invoice) => invoice["number"]!.GetValue<string>();

    private static decimal Amount(JsonNode invoice, string share) => invoice[share]!.GetValue<decimal>();

    private static string Euros(JsonNode invoice, string share) => Amount(invoice, share).ToString("0.00", French);
}

public sealed class SqliteExportsTests(SqliteAppFactory app) : ExportsTests<SqliteAppFactory>(app);

public sealed class PostgresExportsTests(PostgresAppFactory app) : ExportsTests<PostgresAppFactory>(app);
