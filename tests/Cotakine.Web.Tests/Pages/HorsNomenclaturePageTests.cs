using System.Net;
using System.Text.Json.Nodes;
using static Cotakine.Web.Tests.Pages.PageKit;

namespace Cotakine.Web.Tests.Pages;

/// <summary>Hors-nomenclature devis and notes d'honoraires: forms, printable pages and PDFs (text read back with PdfPig).</summary>
public abstract class HorsNomenclaturePageTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [Fact]
    public async Task A_devis_is_created_listed_printed_and_downloaded_as_a_pdf_saying_not_reimbursed()
    {
        var client = await app.NewPracticeAsync();
        var empty = await PageAsync(client, "/hors-nomenclature");
        Assert.Contains("Aucun devis hors nomenclature pour l'instant.", empty, StringComparison.Ordinal);
        // Source: coverage.json quoteThreshold 70.00 € (CSFE-TARIFS).
        Assert.Contains("devis écrit préalable est obligatoire à partir de 70,00\u00a0€", empty, StringComparison.Ordinal);

        var patient = await PatientAsync(client, "Roux", "Jeanne");
        var created = await PostFormAsync(client, "/hors-nomenclature/nouveau?type=devis",
            [new("patient", patient), new("date", "2026-03-02"), new("libelle", "Drainage de confort, 10 séances"), new("montant", "350,00")]);
        var path = created.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/hors-nomenclature/devis/", path, StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync());
        Assert.Contains("Devis établi.", page, StringComparison.Ordinal);
        Assert.Contains("Soins hors nomenclature : non remboursables par l'Assurance maladie.", page, StringComparison.Ordinal);
        Assert.Contains("350,00\u00a0€", page, StringComparison.Ordinal);
        Assert.Contains("ROUX Jeanne", page, StringComparison.Ordinal);

        var list = await PageAsync(client, "/hors-nomenclature");
        Assert.Contains("Drainage de confort, 10 séances", list, StringComparison.Ordinal);

        var pdf = await client.GetAsync(path + "/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = PdfText(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("Devis — soins hors nomenclature", text, StringComparison.Ordinal);
        Assert.Contains("non remboursables par l'Assurance maladie", text, StringComparison.Ordinal);
        Assert.Contains("ROUX Jeanne", text, StringComparison.Ordinal);
        Assert.Contains("Drainage de confort, 10 séances", text, StringComparison.Ordinal);
        Assert.Contains("350,00", text, StringComparison.Ordinal);
        Assert.Contains("RPPS", text, StringComparison.Ordinal);

        // Another practice cannot open it.
        var other = await app.NewPracticeAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path + "/pdf")).StatusCode);
    }

    [Fact]
    public async Task A_note_from_70_euros_needs_a_devis_and_bad_input_keeps_what_was_typed()
    {
        var client = await app.NewPracticeAsync();
        var patient = await PatientAsync(client, "Roux", "Jeanne");

        var bad = await PostFormAsync(client, "/hors-nomenclature/nouveau?type=note",
            [new("patient", patient), new("date", "2026-03-02"), new("libelle", "Massage de confort"), new("montant", "douze")]);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Montant : « douze » n'est pas un montant positif en euros", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Massage de confort\"", html, StringComparison.Ordinal);

        // Source: coverage.json quoteThreshold (70 €): from 70 € the note needs a prior devis.
        var noDevis = await PostFormAsync(client, "/hors-nomenclature/nouveau?type=note",
            [new("patient", patient), new("date", "2026-03-02"), new("libelle", "Massage de confort"), new("montant", "70")]);
        Assert.Contains("Devis : un devis écrit préalable est obligatoire à partir de 70,00\u00a0€", WebUtility.HtmlDecode(await noDevis.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // 69,99 € needs none.
        var small = await PostFormAsync(client, "/hors-nomenclature/nouveau?type=note",
            [new("patient", patient), new("date", "2026-03-02"), new("libelle", "Massage de confort"), new("montant", "69,99")]);
        Assert.StartsWith("/hors-nomenclature/notes/", small.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("aucun devis n'était requis", WebUtility.HtmlDecode(await small.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var devis = await PostFormAsync(client, "/hors-nomenclature/nouveau?type=devis",
            [new("patient", patient), new("date", "2026-03-01"), new("libelle", "Drainage"), new("montant", "120")]);
        var devisId = devis.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1];
        // « Établir la note d'honoraires » from the devis pre-fills the note with it.
        var prefilled = await PageAsync(client, $"/hors-nomenclature/nouveau?type=note&patient={patient}&devis={devisId}");
        Assert.Contains($"<option value=\"{devisId}\" selected=\"selected\">", prefilled, StringComparison.Ordinal);
        Assert.Contains("value=\"120,00\"", prefilled, StringComparison.Ordinal);
        var note = await PostFormAsync(client, "/hors-nomenclature/nouveau?type=note",
            [new("patient", patient), new("date", "2026-03-02"), new("libelle", "Drainage"), new("montant", "120"), new("devis", devisId)]);
        var notePath = note.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/hors-nomenclature/notes/", notePath, StringComparison.Ordinal);
        var text = PdfText(await client.GetByteArrayAsync(notePath + "/pdf"));
        Assert.Contains("Note d'honoraires — soins hors nomenclature", text, StringComparison.Ordinal);
        Assert.Contains("non remboursables par l'Assurance maladie", text, StringComparison.Ordinal);
        Assert.Contains("Devis préalable", text, StringComparison.Ordinal);
        Assert.Contains("120,00", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_and_the_form_store_the_same_document_and_refuse_the_same_note_for_the_same_reason()
    {
        var client = await app.NewPracticeAsync();
        var jeanne = await PatientAsync(client, "Roux", "Jeanne");
        var paul = await PatientAsync(client, "Roux", "Paul");

        // Same devis typed both ways: the same stored row (label without its outer spaces, amount in cents).
        await PostJsonAsync(client, "/api/hn-quotes", new { patientId = jeanne, date = "2026-03-02", label = "  Drainage de confort ", amount = 90.5m });
        await PostFormAsync(client, "/hors-nomenclature/nouveau?type=devis",
            [new("patient", jeanne), new("date", "2026-03-02"), new("libelle", "  Drainage de confort "), new("montant", "90,50")]);
        var quotes = JsonNode.Parse(await client.GetStringAsync("/api/hn-quotes"))!.AsArray().Select(q => q!.ToJsonString()
            .Replace(q["id"]!.GetValue<string>(), "id", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal(quotes[0], quotes[1]);
        Assert.Contains("\"label\":\"Drainage de confort\"", quotes[0], StringComparison.Ordinal);

        // The same bad notes, refused for the same reason: no devis from 70 €, and a devis of another patient.
        var paulsDevis = Id(await PostJsonAsync(client, "/api/hn-quotes", new { patientId = paul, date = "2026-03-01", label = "Drainage", amount = 120m }));
        foreach (var (devis, amount) in new[] { ("", 80m), (paulsDevis, 120m) })
        {
            var api = await PostJsonAsync(client, "/api/fee-notes",
                new { patientId = jeanne, date = "2026-03-02", label = "Drainage", amount, hnQuoteId = devis.Length == 0 ? null : devis }, HttpStatusCode.BadRequest);
            var reason = api["errors"]!["hnQuoteId"]![0]!.GetValue<string>()["hnQuoteId : ".Length..];
            var page = await PostFormAsync(client, "/hors-nomenclature/nouveau?type=note",
                [new("patient", jeanne), new("date", "2026-03-02"), new("libelle", "Drainage"), new("montant", amount.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("devis", devis)]);
            Assert.Contains($"Devis : {reason}.", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Empty(JsonNode.Parse(await client.GetStringAsync("/api/fee-notes"))!.AsArray());
    }

    [Fact]
    public async Task The_patient_is_named_by_typing_and_the_form_never_lists_every_patient_of_the_practice()
    {
        var client = await app.NewPracticeAsync();
        var jeanne = await PatientAsync(client, "Roux", "Jeanne");
        var paul = await PatientAsync(client, "Roux", "Paul");
        await PatientAsync(client, "Élodie", "Martin");

        // The form names no patient until one is chosen: a field with suggestions, not a list of the whole practice.
        var form = WebUtility.HtmlDecode(await PageAsync(client, "/hors-nomenclature/nouveau?type=devis"));
        Assert.DoesNotContain("ROUX Jeanne", form, StringComparison.Ordinal);
        Assert.DoesNotContain("ÉLODIE Martin", form, StringComparison.Ordinal);
        Assert.Contains("id=\"patient-nom\"", form, StringComparison.Ordinal);
        // From a patient's file (?patient=) the field shows that patient.
        var fromFile = WebUtility.HtmlDecode(await PageAsync(client, $"/hors-nomenclature/nouveau?type=devis&patient={paul}"));
        Assert.Contains("value=\"ROUX Paul\"", fromFile, StringComparison.Ordinal);

        // Several patients match « roux »: nothing is created, the field says so and keeps the text.
        var ambiguous = await PostFormAsync(client, "/hors-nomenclature/nouveau?type=devis",
            [new("nom", "roux"), new("patient", ""), new("date", "2026-03-02"), new("libelle", "Drainage"), new("montant", "90")]);
        var html = WebUtility.HtmlDecode(await ambiguous.Content.ReadAsStringAsync());
        Assert.Contains("Patient : 2 patients correspondent à « roux »", html, StringComparison.Ordinal);
        Assert.Contains("value=\"roux\"", html, StringComparison.Ordinal);
        // No patient matches: said on the field.
        var none = await PostFormAsync(client, "/hors-nomenclature/nouveau?type=devis",
            [new("nom", "Dupont"), new("patient", ""), new("date", "2026-03-02"), new("libelle", "Drainage"), new("montant", "90")]);
        Assert.Contains("Patient : aucun patient du cabinet ne correspond à « Dupont ».", WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(JsonNode.Parse(await client.GetStringAsync("/api/hn-quotes"))!.AsArray());

        // Typed without accents or capitals, one patient: that one.
        var typed = await PostFormAsync(client, "/hors-nomenclature/nouveau?type=devis",
            [new("nom", "jeanne roux"), new("patient", ""), new("date", "2026-03-02"), new("libelle", "Drainage"), new("montant", "90")]);
        Assert.StartsWith("/hors-nomenclature/devis/", typed.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("ROUX Jeanne", WebUtility.HtmlDecode(await typed.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // A suggestion picked (hidden id) wins while the field still shows its name; text typed over it is read instead.
        var picked = await PostFormAsync(client, "/hors-nomenclature/nouveau?type=devis",
            [new("nom", "ROUX Paul"), new("patient", paul), new("date", "2026-03-02"), new("libelle", "Drainage"), new("montant", "90")]);
        Assert.Contains("ROUX Paul", WebUtility.HtmlDecode(await picked.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var retyped = await PostFormAsync(client, "/hors-nomenclature/nouveau?type=devis",
            [new("nom", "Jeanne"), new("patient", paul), new("date", "2026-03-02"), new("libelle", "Drainage"), new("montant", "90")]);
        Assert.Contains("ROUX Jeanne", WebUtility.HtmlDecode(await retyped.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // The note's devis list offers only the chosen patient's devis.
        var noteForm = WebUtility.HtmlDecode(await PageAsync(client, $"/hors-nomenclature/nouveau?type=note&patient={paul}"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(noteForm, "<option value=\"[0-9a-f-]{36}\""));
        Assert.NotEqual(jeanne, paul);
    }
}

public sealed class SqliteHorsNomenclaturePageTests(SqliteAppFactory app) : HorsNomenclaturePageTests<SqliteAppFactory>(app);

public sealed class PostgresHorsNomenclaturePageTests(PostgresAppFactory app) : HorsNomenclaturePageTests<PostgresAppFactory>(app);
