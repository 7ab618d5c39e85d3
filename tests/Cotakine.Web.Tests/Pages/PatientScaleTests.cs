using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static Cotakine.Web.Tests.Pages.PageKit;

namespace Cotakine.Web.Tests.Pages;

/// <summary>
/// A centre has thousands of patients: <c>GET /api/patients</c> is paged like <c>/api/invoices</c> and searched by name
/// like the « Patients » page, and the patient filter of « Factures » is a text field (suggestions from that API) instead
/// of a list of every patient, which still filters when the name is typed and sent without JavaScript.
/// </summary>
public abstract partial class PatientScaleTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [Fact]
    public async Task The_patient_api_pages_searches_by_name_and_rejects_bad_values()
    {
        var client = await app.NewPracticeAsync();
        for (var p = 0; p < 103; p++)
        {
            await PatientAsync(client, $"Lot{p:000}", "Jean");
        }

        var marie = await PatientAsync(client, "Durand", "Marie");
        var marc = await PatientAsync(client, "Durand", "Marc");
        var elodie = await PatientAsync(client, "Martin", "Élodie");
        var eric = await PatientAsync(client, "ÉRARD", "Eric");

        // 100 by default, alphabetically, the total in X-Total-Count.
        var first = await client.GetAsync("/api/patients");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("107", first.Headers.GetValues("X-Total-Count").Single());
        var page = Names(await first.Content.ReadAsStringAsync());
        Assert.Equal(100, page.Count);
        var all = Names(await client.GetStringAsync("/api/patients?limit=1000"));
        Assert.Equal(107, all.Count);
        Assert.Equal(all.Take(100), page);
        Assert.Equal(["Durand Marc", "Durand Marie"], all.Take(2));
        Assert.Equal(all.Skip(7).Take(5), Names(await client.GetStringAsync("/api/patients?limit=5&offset=7")));
        Assert.Empty(Names(await client.GetStringAsync("/api/patients?offset=107")));

        // q: every word in the name or first name, accents and case ignored, paged and counted the same way.
        var durand = await client.GetAsync("/api/patients?q=DURÀND");
        Assert.Equal("2", durand.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal([marc, marie], Ids(await durand.Content.ReadAsStringAsync()));
        Assert.Equal([marie], Ids(await client.GetStringAsync("/api/patients?q=marie%20durand")));
        Assert.Equal([elodie], Ids(await client.GetStringAsync("/api/patients?q=elodie")));
        Assert.Equal([eric], Ids(await client.GetStringAsync("/api/patients?q=%C3%A9ric%20erard")));
        var second = await client.GetAsync("/api/patients?q=durand&limit=1&offset=1");
        Assert.Equal("2", second.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal([marie], Ids(await second.Content.ReadAsStringAsync()));
        var none = await client.GetAsync("/api/patients?q=personne");
        Assert.Equal("0", none.Headers.GetValues("X-Total-Count").Single());
        Assert.Empty(Ids(await none.Content.ReadAsStringAsync()));
        Assert.Equal(107, Ids(await client.GetStringAsync("/api/patients?q=%20%20&limit=1000")).Count);

        foreach (var (query, field, message) in new[]
        {
            ("limit=0", "limit", "limit : « 0 » n'est pas un entier entre 1 et 1000"),
            ("limit=1001", "limit", "limit : « 1001 » n'est pas un entier entre 1 et 1000"),
            ("limit=dix", "limit", "limit : « dix » n'est pas un entier entre 1 et 1000"),
            ("offset=-1", "offset", "offset : « -1 » n'est pas un entier entre 0 et"),
            ("q=durand&offset=x", "offset", "offset : « x » n'est pas un entier entre 0 et"),
        })
        {
            var bad = await client.GetAsync($"/api/patients?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
            var problem = JsonNode.Parse(await bad.Content.ReadAsStringAsync())!;
            Assert.StartsWith(message, problem["errors"]![field]![0]!.GetValue<string>(), StringComparison.Ordinal);
        }

        // The OpenAPI document says so.
        var openApi = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!["paths"]!["/api/patients"]!["get"]!;
        Assert.Contains("X-Total-Count", openApi["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["q", "limit", "offset"], openApi["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));

        // Another practice finds none of them.
        var other = await app.NewPracticeAsync();
        var foreign = await other.GetAsync("/api/patients?q=durand");
        Assert.Equal("0", foreign.Headers.GetValues("X-Total-Count").Single());
        Assert.Empty(Ids(await foreign.Content.ReadAsStringAsync()));
        Assert.Equal("0", (await other.GetAsync("/api/patients")).Headers.GetValues("X-Total-Count").Single());
    }

    [Fact]
    public async Task The_invoice_list_filters_by_a_typed_name_or_the_chosen_patient_without_listing_every_patient()
    {
        var client = await app.NewPracticeAsync();
        var (marie, ofMarie) = await IssueAsync(client, "Durand", "Marie");
        var (marc, ofMarc) = await IssueAsync(client, "Durand", "Marc");
        var (louis, ofLouis) = await IssueAsync(client, "Petit", "Louis");
        await PatientAsync(client, "Sansfacture", "Zoé");

        // The page names no patient that has no invoice on it: no list of every patient any more.
        var plain = await PageAsync(client, "/factures");
        Assert.DoesNotContain("SANSFACTURE", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("<select id=\"patient\"", plain, StringComparison.Ordinal);
        Assert.Contains("<input id=\"patient-nom\" name=\"nom\" type=\"search\" list=\"patient-suggestions\"", plain, StringComparison.Ordinal);
        Assert.Contains("<datalist id=\"patient-suggestions\" data-patient-suggestions></datalist>", plain, StringComparison.Ordinal);
        Assert.Equal(new[] { ofLouis, ofMarc, ofMarie }.Order(StringComparer.Ordinal), RowNumbers(plain).Order(StringComparer.Ordinal));

        // A link with the id only (patient file, next page): that patient, named in the field, id kept in the hidden field.
        var onlyLouis = await PageAsync(client, $"/factures?patient={louis}");
        Assert.Equal([ofLouis], RowNumbers(onlyLouis));
        Assert.Contains("value=\"PETIT Louis\"", onlyLouis, StringComparison.Ordinal);
        Assert.Contains($"<input type=\"hidden\" name=\"patient\" value=\"{louis}\" data-patient-id>", onlyLouis, StringComparison.Ordinal);

        // A name typed and sent (no script): one patient matches → that patient, chosen.
        var typed = await PageAsync(client, "/factures?nom=louis&patient=");
        Assert.Equal([ofLouis], RowNumbers(typed));
        Assert.Contains($"name=\"patient\" value=\"{louis}\"", typed, StringComparison.Ordinal);

        // Several match → the invoices of each, said, and the words kept in the links (payment form, pages).
        var both = await PageAsync(client, "/factures?nom=dur%C3%A0nd&patient=");
        Assert.Equal(new[] { ofMarc, ofMarie }.Order(StringComparer.Ordinal), RowNumbers(both).Order(StringComparer.Ordinal));
        Assert.Contains("2 patients correspondent à « durànd » : leurs factures sont toutes affichées.", both, StringComparison.Ordinal);
        Assert.Contains("value=\"durànd\"", both, StringComparison.Ordinal);
        Assert.Contains("/factures?handler=paiement&nom=dur%C3%A0nd", both, StringComparison.Ordinal);

        // The suggestion picked (script): name and id agree → that patient only, even with a homonym family.
        Assert.Equal([ofMarie], RowNumbers(await PageAsync(client, $"/factures?nom=DURAND%20Marie&patient={marie}")));
        Assert.Equal([ofMarie], RowNumbers(await PageAsync(client, $"/factures?nom=durand%20marie&patient={marie}")));
        // The name changed after a pick (no script to clear the id): the words win.
        Assert.Equal([ofMarc], RowNumbers(await PageAsync(client, $"/factures?nom=Durand%20Marc&patient={marie}")));
        // The field emptied: every patient again.
        Assert.Equal(3, RowNumbers(await PageAsync(client, $"/factures?nom=&patient={marie}")).Count);

        // No patient matches: said on the field, no invoice listed.
        var unknown = await PageAsync(client, "/factures?nom=inconnu");
        Assert.Contains("Patient : aucun patient ne correspond à « inconnu ».", unknown, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", unknown, StringComparison.Ordinal);
        Assert.Empty(RowNumbers(unknown));

        // Status and name filters combine; the payment form keeps the name filter after paying.
        var paid = await PostFormAsync(client, "/factures?nom=durand&statut=impayees",
            [new("facture", _invoices[ofMarc]), new("payeur", "amo"), new("montant", _amo[ofMarc]), new("date", "2026-03-01")],
            "/factures?handler=paiement&statut=impayees&nom=durand");
        Assert.Equal($"/factures?statut=impayees&nom=durand&paye={ofMarc}", paid.RequestMessage!.RequestUri!.PathAndQuery);

        // Another practice: its filter matches none of these patients, and their ids filter nothing in.
        var other = await app.NewPracticeAsync();
        Assert.Contains("Patient : aucun patient ne correspond à « durand ».", await PageAsync(other, "/factures?nom=durand"), StringComparison.Ordinal);
        var foreign = await PageAsync(other, $"/factures?patient={marc}");
        Assert.Empty(RowNumbers(foreign));
        Assert.Contains("Patient : ce patient n'existe pas dans ce cabinet.", foreign, StringComparison.Ordinal);
        Assert.DoesNotContain("DURAND", foreign, StringComparison.Ordinal);
    }

    private readonly Dictionary<string, string> _invoices = [];

    private readonly Dictionary<string, string> _amo = [];

    private async Task<(string Patient, string Number)> IssueAsync(HttpClient client, string lastName, string firstName)
    {
        var patient = await PatientAsync(client, lastName, firstName);
        var prescription = await PostJsonAsync(client, "/api/prescriptions", new { patientId = patient, date = "2026-02-01", indication = "x", segment = "rachis", laterality = "not-applicable" });
        var plan = await PostJsonAsync(client, "/api/plans", new { patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = "rao-rachis-dorsal", sessionCount = 5, startDate = "2026-02-20" });
        var session = await PostJsonAsync(client, $"/api/plans/{Id(plan)}/sessions", new { date = "2026-02-23", place = "cabinet" });
        var invoice = (await PostJsonAsync(client, "/api/invoices", new { sessionIds = new[] { Id(session) }, grouped = false, tiersPayant = true, amc = 0m })).AsArray()[0]!;
        var number = invoice["number"]!.GetValue<string>();
        _invoices[number] = Id(invoice);
        _amo[number] = invoice["amo"]!.GetValue<decimal>().ToString("0.00", Fr.Culture);
        return (patient, number);
    }

    private static List<string> Names(string json) =>
        JsonNode.Parse(json)!.AsArray().Select(p => $"{p!["lastName"]!.GetValue<string>()} {p["firstName"]!.GetValue<string>()}").ToList();

    private static List<string> Ids(string json) => JsonNode.Parse(json)!.AsArray().Select(p => p!["id"]!.GetValue<string>()).ToList();

    private static List<string> RowNumbers(string html) => RowRegex().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<tr data-number=\"([^\"]+)\"")]
    private static partial Regex RowRegex();
}

public sealed class SqlitePatientScaleTests(SqliteAppFactory app) : PatientScaleTests<SqliteAppFactory>(app);

public sealed class PostgresPatientScaleTests(PostgresAppFactory app) : PatientScaleTests<PostgresAppFactory>(app);
