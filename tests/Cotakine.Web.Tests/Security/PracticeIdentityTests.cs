using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cotakine.Web.Tests.Pages;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cotakine.Web.Tests;

/// <summary>
/// Issue 15, items 12 and 13: what is printed on invoices as the practice's identity (practitioners, RPPS, n° AM, the
/// département that sets tariffs and time zone) is the kinés' to change, and every change to it and to patients is in
/// the audit log.
/// </summary>
public abstract partial class PracticeWorkflowTests<TFactory>
{
    [Fact]
    public async Task A_secretary_cannot_change_the_practice_identity_and_every_change_is_audited()
    {
        var kine = await App.NewPracticeAsync();
        var email = $"secretaire-{Guid.NewGuid():N}@example.fr";
        Assert.Equal(HttpStatusCode.Created, (await kine.PostAsJsonAsync("/api/account/secretaries", new { email, password = "Secret-Secr-42" })).StatusCode);
        var secretary = App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NoContent, (await secretary.PostAsJsonAsync("/api/account/login", new { email, password = "Secret-Secr-42" })).StatusCode);
        var before = (await kine.GetFromJsonAsync<JsonObject>("/api/practice"))!;

        var rpps = $"{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}";
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync("/api/practice/practitioners", new { rpps, amNumber = "751234567", lastName = "Faux", firstName = "Kiné" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PageKit.PostFormAsync(secretary, "/reglages",
            [new("nom", "Cabinet détourné"), new("departement", "971"), new("zone", "plaine"), new("adresse", "ailleurs")], "/reglages?handler=cabinet")).StatusCode);
        var first = before["practitioners"]![0]!;
        Assert.Equal(HttpStatusCode.Forbidden, (await PageKit.PostFormAsync(secretary, "/reglages",
            [new("id", first["id"]!.GetValue<string>()), new("nom", "X"), new("prenom", "Y"), new("rpps", rpps), new("am", "971234567")], "/reglages?handler=praticien")).StatusCode);
        Assert.Equal(before.ToJsonString(), (await kine.GetFromJsonAsync<JsonObject>("/api/practice"))!.ToJsonString());

        // The kiné may; the practice, the practitioner and a patient's change each leave their trace.
        var added = await TestApi.PostAsync(kine, "/api/practice/practitioners", new { rpps, amNumber = "751234567", lastName = "Vrai", firstName = "Kiné" });
        await PageKit.PostFormAsync(kine, "/reglages", [new("nom", "Cabinet renommé"), new("departement", "75"), new("zone", "plaine"), new("adresse", "1 rue Neuve")], "/reglages?handler=cabinet");
        var patient = await TestApi.CreatePatientAsync(kine);
        async Task<JsonArray> AuditAsync(string entity, string id) => (await kine.GetFromJsonAsync<JsonArray>($"/api/audit?entity={entity}&entityId={id}"))!;
        Assert.NotEmpty(await AuditAsync("Practitioner", TestApi.Id(added)));
        var practice = await AuditAsync("PracticeProfile", before["id"]!.GetValue<string>());
        Assert.Contains(practice, e => e!["changes"]!.GetValue<string>().Contains("Cabinet renomm", StringComparison.Ordinal));
        Assert.NotEmpty(await AuditAsync("Patient", patient));
    }
}
