using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cotakine.Web.Tests.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using static Cotakine.Web.Tests.TestApi;

namespace Cotakine.Web.Tests;

/// <summary>
/// Issue 6 « CSRF on forms »: every Razor Page POST handler of the app (read from the endpoint data source, so a new
/// form is covered or the test fails) refuses a post without the antiforgery token (400, nothing written) and accepts
/// the very same post with it. And the cookie-authenticated JSON API refuses unsafe requests that are not JSON.
/// </summary>
public abstract partial class PracticeWorkflowTests<TFactory>
{
    [Fact]
    public async Task Every_form_refuses_a_post_without_its_antiforgery_token_and_accepts_it_with()
    {
        var (client, _) = await RegisterAsync("csrf", "Csrf", "Kiné", "Cabinet Csrf");
        var email = (await client.GetFromJsonAsync<JsonObject>("/api/account/me"))!["email"]!.GetValue<string>();
        var patient = await CreatePatientAsync(client);
        var prescription = Id(await PostAsync(client, "/api/prescriptions", new
        {
            patientId = patient, date = "2026-02-20", prescriberName = "Dr Leroy", prescriberRpps = "10009876543", prescriberAmNumber = "751111111",
            indication = "Rééducation après méniscectomie", segment = "genou", laterality = "right", sessionCount = 6,
        }));
        var plan = Id(await PostAsync(client, "/api/plans", new { patientId = patient, prescriptionId = prescription, origin = "prescription", actId = "ric-meniscectomie", sessionCount = 6, startDate = "2026-02-23" }));
        var sessions = new List<string>();
        foreach (var day in new[] { "2026-02-23", "2026-02-24", "2026-02-25" })
        {
            sessions.Add(Id(await PostAsync(client, $"/api/plans/{plan}/sessions", new { date = day, time = "09:30", place = "cabinet" })));
        }

        var invoices = (await PostAsync(client, "/api/invoices", new { sessionIds = sessions.Take(2), grouped = false, tiersPayant = false, amc = 0m })).AsArray();
        var toPay = Id(invoices[0]!);
        var toCredit = Id(invoices[1]!);
        var practitioner = (await client.GetFromJsonAsync<JsonObject>("/api/practice/"))!["practitioners"]![0]!["id"]!.GetValue<string>();

        // How to post each form with valid values; Writes: a successful post stores something (the check that the token
        // is what made the difference). Sign-in and sign-out only change the session.
        var forms = new Dictionary<string, (string Url, (string, string)[] Fields, bool Writes)>
        {
            ["POST /connexion"] = ("/connexion", [("email", email), ("motdepasse", Password)], false),
            ["POST /patients/nouveau"] = ("/patients/nouveau", [("nom", "Formulaire"), ("prenom", "Jeton"), ("couverture", "standard"), ("regime", "general")], true),
            ["POST /patients/{id:guid}/prescriptions/nouvelle"] = ($"/patients/{patient}/prescriptions/nouvelle",
                [("date", "2026-02-21"), ("prescripteur", "Dr Leroy"), ("rpps", "10009876543"), ("am", "751111111"), ("indication", "Lombalgie"), ("segment", "rachis"), ("lateralite", "sans-objet"), ("seances", "10")], true),
            ["POST /prescriptions/{id:guid}/plan"] = ($"/prescriptions/{prescription}/plan", [("acte", "RIC 8.08"), ("origine", "prescription"), ("debut", "2026-03-02"), ("seances", "5")], true),
            ["POST /plans/{id:guid} Dap"] = ($"/plans/{plan}?handler=Dap", [("statut", "envoyee")], true),
            ["POST /plans/{id:guid} Facturer"] = ($"/plans/{plan}?handler=Facturer", [("seance", sessions[2])], true),
            ["POST /plans/{id:guid} Notes"] = ($"/plans/{plan}?handler=Notes", [("notes", "Bilan : flexion 90°.")], true),
            ["POST /plans/{id:guid}/seances/nouvelle Coter"] = ($"/plans/{plan}/seances/nouvelle?handler=Coter", [("date", "2026-02-26"), ("heure", "10:00"), ("lieu", "cabinet")], false),
            ["POST /plans/{id:guid}/seances/nouvelle Enregistrer"] = ($"/plans/{plan}/seances/nouvelle?handler=Enregistrer", [("date", "2026-02-26"), ("heure", "10:00"), ("lieu", "cabinet")], true),
            ["POST /factures Paiement"] = ("/factures?handler=paiement", [("facture", toPay), ("payeur", "patient"), ("montant", "1,00"), ("date", "2026-03-02")], true),
            ["POST /factures/{id:guid} Avoir"] = ($"/factures/{toCredit}?handler=Avoir", [], true),
            ["POST /hors-nomenclature/nouveau"] = ("/hors-nomenclature/nouveau", [("patient", patient), ("date", "2026-03-01"), ("libelle", "Drainage"), ("montant", "40"), ("devis", "")], true),
            ["POST /reglages Cabinet"] = ("/reglages?handler=cabinet", [("nom", "Cabinet Csrf renommé"), ("departement", "75"), ("zone", "plaine"), ("adresse", "4 rue Z")], true),
            ["POST /reglages Praticien"] = ("/reglages?handler=praticien", [("id", practitioner), ("nom", "Csrf"), ("prenom", "Renommé"), ("rpps", RandomRpps()), ("am", "751234567")], true),
            ["POST /compte"] = ("/compte", [("actuel", Password), ("nouveau", "Csrf-Nouveau-Mot-81"), ("confirmation", "Csrf-Nouveau-Mot-81")], false),
            ["POST /compte Partout"] = ("/compte?handler=partout", [], false),
            ["POST /premier-compte"] = ("/premier-compte", [("code", "PASLEBONCODE")], false),
            ["POST /deconnexion"] = ("/deconnexion", [], false),
        };

        var handlers = (await AppEndpoints.ListAsync(App.Services)).Where(e => e.IsPage && e.Declared && e.Method != "GET").Select(e => e.Key).ToList();
        Assert.True(handlers.Order().SequenceEqual(forms.Keys.Order()),
            $"Formulaires de l'application : {string.Join(", ", handlers)}\nFormulaires testés : {string.Join(", ", forms.Keys)}");

        var token = await AntiforgeryTokenAsync(client);
        // Signing out (everywhere, then here) last; after « partout », signed in again (with the password « /compte » set).
        foreach (var key in forms.Keys.OrderBy(k => k == "POST /deconnexion" ? 2 : k == "POST /compte Partout" ? 1 : 0))
        {
            if (key == "POST /deconnexion")
            {
                Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/account/login", new { email, password = "Csrf-Nouveau-Mot-81" })).StatusCode);
                token = await AntiforgeryTokenAsync(client);
            }

            var (url, fields, writes) = forms[key];
            var before = await DataSnapshot.TakeAsync(App.Services);
            var refused = await client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))));
            // 400 from the antiforgery check itself: the handler never ran (no page rendered with form errors).
            var refusedBody = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.BadRequest && !refusedBody.Contains("<main", StringComparison.Ordinal),
                $"{key} sans jeton → {(int)refused.StatusCode} {refusedBody[..Math.Min(200, refusedBody.Length)]}");
            Assert.Empty(before.ForeignChanges(await DataSnapshot.TakeAsync(App.Services), allowedPractice: Guid.Empty));

            var accepted = await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(("__RequestVerificationToken", token)).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))));
            var body = await accepted.Content.ReadAsStringAsync();
            Assert.True((int)accepted.StatusCode is >= 200 and < 400, $"{key} avec jeton → {(int)accepted.StatusCode} {Regex.Match(body, "<main[\\s\\S]{0,1500}").Value}");
            var changes = before.ForeignChanges(await DataSnapshot.TakeAsync(App.Services), allowedPractice: Guid.Empty);
            Assert.True(!writes || changes.Count > 0, $"{key} avec jeton n'a rien enregistré → {(int)accepted.StatusCode} {Regex.Match(body, "<main[\\s\\S]{0,600}").Value}");
        }
    }

    [Fact]
    public async Task Cookie_authenticated_api_refuses_unsafe_requests_that_are_not_json()
    {
        var client = await App.NewPracticeAsync();
        var patient = await CreatePatientAsync(client);
        var plan = await OpenPlanAsync(client, "ric-meniscectomie", 3);
        var session = Id(await PostAsync(client, $"/api/plans/{plan.Plan}/sessions", new { date = "2026-01-06", place = "cabinet" }));
        var invoice = Id((await PostAsync(client, "/api/invoices", new { sessionIds = new[] { session } })).AsArray()[0]!);
        var before = await DataSnapshot.TakeAsync(App.Services);

        // What a page of another site can send with the user's cookie: an HTML form (urlencoded, multipart, text/plain), or no body.
        HttpContent?[] crossSite =
        [
            new FormUrlEncodedContent([new("lastName", "Forgé"), new("firstName", "Par"), new("coverage", "standard"), new("regime", "general")]),
            new StringContent("{\"lastName\":\"Forgé\",\"firstName\":\"Par\",\"coverage\":\"standard\",\"regime\":\"general\"}", System.Text.Encoding.UTF8, "text/plain"),
            new MultipartFormDataContent { { new StringContent("Forgé"), "lastName" } },
            null,
        ];
        foreach (var content in crossSite)
        {
            foreach (var (method, url) in new[] { ("POST", "/api/patients"), ("PUT", $"/api/patients/{patient}"), ("POST", $"/api/invoices/{invoice}/credit-note"), ("POST", "/api/account/logout") })
            {
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = content is null ? null : await CloneAsync(content) });
                Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType, $"{method} {url} ({content?.Headers.ContentType?.MediaType ?? "sans corps"}) → {(int)response.StatusCode}");
                Assert.Contains("application/json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Empty(before.ForeignChanges(await DataSnapshot.TakeAsync(App.Services), allowedPractice: Guid.Empty));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/account/me")).StatusCode); // still signed in: logout was refused

        // The same requests in JSON go through; anonymous contract routes keep taking any body (no cookie, nothing to forge).
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/invoices/{invoice}/credit-note", new { })).StatusCode);
        var anonymous = App.CreateClient();
        var quote = await anonymous.PostAsync("/api/quote", new StringContent("{\"date\":\"2026-03-02\",\"department\":\"75\",\"place\":\"cabinet\",\"acts\":[\"RIC 8.08\"]}", System.Text.Encoding.UTF8, "text/plain"));
        Assert.NotEqual(HttpStatusCode.UnsupportedMediaType, quote.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/account/logout", new { })).StatusCode);
    }

    private static async Task<HttpContent> CloneAsync(HttpContent content)
    {
        var copy = new ByteArrayContent(await content.ReadAsByteArrayAsync());
        copy.Headers.ContentType = content.Headers.ContentType;
        return copy;
    }

    private static string RandomRpps() => $"{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}";
}
