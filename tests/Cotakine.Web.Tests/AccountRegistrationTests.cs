using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cotakine.Web.Tests;

/// <summary>
/// The first practitioner, created with the account, is checked and stored like any other (Réglages, /api/practice):
/// the RPPS and the n° Assurance Maladie without their spaces, the n° AM in capitals, the names trimmed — so the same RPPS
/// typed with spaces cannot open a second account.
/// </summary>
public sealed class AccountRegistrationTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task The_first_practitioner_is_normalised_as_the_settings_normalise_it()
    {
        var digits = Random.Shared.NextInt64(10_000_000_000, 99_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var spaced = $"{digits[..4]} {digits[4..8]} {digits[8..]}";
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var registered = await client.PostAsJsonAsync("/api/account/register", new
        {
            email = $"norm-{digits}@example.fr", password = "Secret-Kine-42", practiceName = "Cabinet N", department = "2a", zone = "plaine",
            address = "1 rue Y", rpps = spaced, amNumber = "2a 1234 567", lastName = "  Martin ", firstName = " Léa ",
        });
        registered.EnsureSuccessStatusCode();

        var practitioner = (await client.GetFromJsonAsync<JsonObject>("/api/practice"))!["practitioners"]!.AsArray().Single()!;
        Assert.Equal((digits, "2A1234567", "Martin", "Léa"),
            (practitioner["rpps"]!.GetValue<string>(), practitioner["amNumber"]!.GetValue<string>(), practitioner["lastName"]!.GetValue<string>(), practitioner["firstName"]!.GetValue<string>()));

        var again = await app.CreateClient().PostAsJsonAsync("/api/account/register", new
        {
            email = $"norm2-{digits}@example.fr", password = "Secret-Kine-42", practiceName = "Cabinet M", department = "75", zone = "plaine",
            address = "2 rue Z", rpps = digits, amNumber = "751234567", lastName = "Autre", firstName = "Kiné",
        });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("rpps", (await again.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key));
    }
}
