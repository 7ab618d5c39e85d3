using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Cotakine.Web.Tests.Pages.PageKit;

namespace Cotakine.Web.Tests.Pages;

/// <summary>The « Réglages » page: practice settings and practitioners, same checks as the API, nothing typed lost.</summary>
public abstract class SettingsPageTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [Fact]
    public async Task Practice_settings_round_trip_and_drive_the_api()
    {
        var client = await app.NewPracticeAsync();
        var response = await PostFormAsync(client, "/reglages", [new("nom", "Cabinet des Alpes"), new("departement", "2a"), new("zone", "montagne"), new("adresse", "3 route du col, 20000 Ajaccio")], "/reglages?handler=cabinet");
        // Post/redirect/get: the client follows the redirect to the confirmation.
        Assert.Equal("/reglages?enregistre=cabinet", response.RequestMessage!.RequestUri!.PathAndQuery);

        var html = await PageAsync(client, "/reglages?enregistre=cabinet");
        Assert.Contains("Cabinet enregistré.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Cabinet des Alpes\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2A\"", html, StringComparison.Ordinal); // stored as the catalog's code
        Assert.Contains("<option value=\"montagne\" selected=\"selected\">", html, StringComparison.Ordinal);
        var practice = await client.GetFromJsonAsync<JsonObject>("/api/practice");
        Assert.Equal("montagne", practice!["zone"]!.GetValue<string>());
        Assert.Equal("2A", practice["department"]!.GetValue<string>());

        // The third travel zone of the catalog (travel.json) is kept too, not folded into plaine.
        await PostFormAsync(client, "/reglages", [new("nom", "Cabinet des Alpes"), new("departement", "74"), new("zone", "pied-ski"), new("adresse", "Refuge")], "/reglages?handler=cabinet");
        Assert.Equal("pied-ski", (await client.GetFromJsonAsync<JsonObject>("/api/practice"))!["zone"]!.GetValue<string>());
        Assert.Contains("<option value=\"pied-ski\" selected=\"selected\">", await PageAsync(client, "/reglages"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_practice_settings_are_explained_in_french_and_keep_what_was_typed()
    {
        var client = await app.NewPracticeAsync();
        var response = await PostFormAsync(client, "/reglages", [new("nom", ""), new("departement", "99"), new("zone", "lune"), new("adresse", "4 rue Neuve")], "/reglages?handler=cabinet");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Rien n'a été enregistré : 3 champs à corriger.", html, StringComparison.Ordinal);
        Assert.Contains("Nom du cabinet : champ obligatoire.", html, StringComparison.Ordinal);
        Assert.Contains("Département : « 99 » est inconnu (ex. 75, 2A, 971).", html, StringComparison.Ordinal);
        Assert.Contains("Zone : choisissez plaine, montagne ou à pied / à ski.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"99\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"4 rue Neuve\"", html, StringComparison.Ordinal);
        var practice = await client.GetFromJsonAsync<JsonObject>("/api/practice");
        Assert.Equal("75", practice!["department"]!.GetValue<string>()); // nothing saved
    }

    [Fact]
    public async Task Practitioners_are_added_and_edited_with_the_identifier_checks()
    {
        var client = await app.NewPracticeAsync();
        var bad = await PostFormAsync(client, "/reglages", [new("nom", "Lefèvre"), new("prenom", "Anne"), new("rpps", "1234"), new("am", "75-12")], "/reglages?handler=praticien");
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        // Source: IdentifierCheck (RPPS 11 digits, n° AM 9 characters).
        Assert.Contains("RPPS : le numéro RPPS doit compter 11 chiffres.", html, StringComparison.Ordinal);
        Assert.Contains("N° Assurance Maladie : le n° Assurance Maladie doit compter 9 caractères", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Lefèvre\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"1234\"", html, StringComparison.Ordinal);

        var rpps = $"{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}";
        var ok = await PostFormAsync(client, "/reglages", [new("nom", "Lefèvre"), new("prenom", "Anne"), new("rpps", rpps), new("am", "2a1234567")], "/reglages?handler=praticien");
        Assert.Equal("/reglages?enregistre=praticien", ok.RequestMessage!.RequestUri!.PathAndQuery);
        var practitioners = (await client.GetFromJsonAsync<JsonObject>("/api/practice"))!["practitioners"]!.AsArray();
        var anne = practitioners.Single(p => p!["rpps"]!.GetValue<string>() == rpps)!;
        Assert.Equal("2A1234567", anne["amNumber"]!.GetValue<string>());

        // The same RPPS twice is refused, even in another practice.
        var other = await app.NewPracticeAsync();
        var duplicate = await PostFormAsync(other, "/reglages", [new("nom", "X"), new("prenom", "Y"), new("rpps", rpps), new("am", "751234567")], "/reglages?handler=praticien");
        Assert.Contains("RPPS : ce numéro RPPS est déjà enregistré.", WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var edit = await PostFormAsync(client, "/reglages", [new("id", Id(anne)), new("nom", "Lefèvre-Martin"), new("prenom", "Anne"), new("rpps", rpps), new("am", "751234567")], "/reglages?handler=praticien");
        Assert.Equal("/reglages?enregistre=praticien", edit.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Contains("value=\"Lefèvre-Martin\"", await PageAsync(client, "/reglages"), StringComparison.Ordinal);

        // Another practice cannot edit this practitioner.
        var foreign = await PostFormAsync(other, "/reglages", [new("id", Id(anne)), new("nom", "Pirate"), new("prenom", "P"), new("rpps", rpps), new("am", "751234567")], "/reglages?handler=praticien");
        Assert.Contains("Praticien inconnu dans ce cabinet.", WebUtility.HtmlDecode(await foreign.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_and_the_page_store_a_practitioner_alike_and_refuse_the_same_input_for_the_same_reasons()
    {
        var client = await app.NewPracticeAsync();
        static string Spaced(string rpps) => $" {rpps[..4]} {rpps[4..8]} {rpps[8..]} ";
        var (viaApi, viaPage) = ($"{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}", $"{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}");

        // Typed with spaces, lower case and outer blanks, both ways: stored as the caisse writes them, names trimmed.
        var created = await PostJsonAsync(client, "/api/practice/practitioners", new { rpps = Spaced(viaApi), amNumber = "2a 1234 567", lastName = " Lefèvre ", firstName = "Anne " });
        Assert.Equal(viaApi, created["rpps"]!.GetValue<string>());
        await PostFormAsync(client, "/reglages", [new("nom", " Lefèvre "), new("prenom", "Anne "), new("rpps", Spaced(viaPage)), new("am", "2a 1234 567")], "/reglages?handler=praticien");
        var practitioners = (await client.GetFromJsonAsync<JsonObject>("/api/practice"))!["practitioners"]!.AsArray();
        string Stored(string rpps) => practitioners.Single(p => p!["rpps"]!.GetValue<string>() == rpps)!.ToJsonString()
            .Replace(rpps, "rpps", StringComparison.Ordinal).Replace(practitioners.Single(p => p!["rpps"]!.GetValue<string>() == rpps)!["id"]!.GetValue<string>(), "id", StringComparison.Ordinal);
        Assert.Equal(Stored(viaApi), Stored(viaPage));
        Assert.Equal(("2A1234567", "Lefèvre", "Anne"), (created["amNumber"]!.GetValue<string>(), created["lastName"]!.GetValue<string>(), created["firstName"]!.GetValue<string>()));

        // The same bad input (malformed identifiers, no first name; then an RPPS already registered, typed with spaces): the same reasons.
        var labels = new Dictionary<string, (string Form, string Label)> { ["rpps"] = ("rpps", "RPPS"), ["amNumber"] = ("am", "N° Assurance Maladie"), ["firstName"] = ("prenom", "Prénom") };
        foreach (var rpps in new[] { "1234", Spaced(viaPage) })
        {
            var api = await PostJsonAsync(client, "/api/practice/practitioners", new { rpps, amNumber = "75-12", lastName = "X", firstName = "" }, HttpStatusCode.BadRequest);
            var page = WebUtility.HtmlDecode(await (await PostFormAsync(client, "/reglages", [new("nom", "X"), new("prenom", ""), new("rpps", rpps), new("am", "75-12")], "/reglages?handler=praticien")).Content.ReadAsStringAsync());
            var fields = api["errors"]!.AsObject().Select(e => e.Key).ToList();
            Assert.Equal(["firstName", "rpps", "amNumber"], fields);
            foreach (var field in fields)
            {
                var reason = api["errors"]![field]![0]!.GetValue<string>()[(field.Length + 3)..];
                Assert.Contains($"{labels[field].Label} : {reason}.", page, StringComparison.Ordinal);
            }
        }
    }
}

public sealed class SqliteSettingsPageTests(SqliteAppFactory app) : SettingsPageTests<SqliteAppFactory>(app);

public sealed class PostgresSettingsPageTests(PostgresAppFactory app) : SettingsPageTests<PostgresAppFactory>(app);
