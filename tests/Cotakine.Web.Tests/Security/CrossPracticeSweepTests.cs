using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cotakine.Web.Tests.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using static Cotakine.Web.Tests.TestApi;

namespace Cotakine.Web.Tests;

/// <summary>
/// Issue 6 « no data of one practice reachable from another through any route »: practice B with a full set of data,
/// practice A's kiné and secrétaire call every endpoint of the app with B's identifiers. The table <see cref="Sweep"/>
/// says how to fill each endpoint; a route or page handler missing from it fails the test, so no new endpoint escapes.
/// </summary>
public abstract partial class PracticeWorkflowTests<TFactory>
{
    private const string Password = "Secret-Kine-42";

    [Fact]
    public async Task No_endpoint_reveals_or_changes_another_practice_data()
    {
        var b = await PracticeBAsync();
        var (kineA, practiceA) = await RegisterAsync("a", "Alpha", "Kiné", "Cabinet Alpha");
        var secretaryA = await SecretaryAsync(kineA, $"secretaire-a-{Guid.NewGuid():N}@example.fr");

        var endpoints = await AppEndpoints.ListAsync(App.Services);
        var table = Sweep(b);
        var unknown = endpoints.Select(e => e.Key).Except(table.Keys).ToList();
        Assert.True(unknown.Count == 0, "Endpoints absents de la table de la revue inter-cabinets (ajoutez comment les remplir) :\n" + string.Join("\n", unknown));
        var stale = table.Keys.Except(endpoints.Select(e => e.Key)).ToList();
        Assert.True(stale.Count == 0, "Entrées de la table sans endpoint :\n" + string.Join("\n", stale));

        var before = await DataSnapshot.TakeAsync(App.Services);
        var failures = new List<string>();
        var calls = 0;
        foreach (var (who, client) in new[] { ("kiné A", kineA), ("secrétaire A", secretaryA) })
        {
            var token = await AntiforgeryTokenAsync(client);
            // Sign-out endpoints last: they end the session the other calls need.
            foreach (var endpoint in endpoints.OrderBy(e => table[e.Key].SignsOut))
            {
                var fill = table[endpoint.Key];
                foreach (var probe in fill.Probes)
                {
                    calls++;
                    var response = await SendAsync(client, endpoint, probe, token);
                    var text = await BodyTextAsync(response);
                    var status = (int)response.StatusCode;
                    var label = $"{who} {probe.Method ?? endpoint.Method} {probe.Url}{(endpoint.Handler is null ? "" : $" [{endpoint.Handler}]")} → {status}";
                    if (status >= 500)
                    {
                        failures.Add($"{label} : erreur serveur {text[..Math.Min(300, text.Length)]}");
                    }

                    if (fill.MustRefuse && status is < 400 or >= 500)
                    {
                        failures.Add($"{label} : accepté alors qu'il porte sur une donnée du cabinet B");
                    }

                    var sent = probe.Url + " " + probe.Json?.ToJsonString() + " " + string.Join(" ", probe.Form?.Values.AsEnumerable() ?? []);
                    foreach (var secret in b.Secrets.Where(s => !sent.Contains(s, StringComparison.OrdinalIgnoreCase)))
                    {
                        if (text.Contains(secret, StringComparison.OrdinalIgnoreCase))
                        {
                            failures.Add($"{label} : la réponse contient « {secret} » du cabinet B");
                        }
                    }
                }
            }
        }

        var after = await DataSnapshot.TakeAsync(App.Services);
        failures.AddRange(before.ForeignChanges(after, practiceA));
        Assert.True(failures.Count == 0, $"{failures.Count} fuite(s) sur {calls} appels :\n" + string.Join("\n", failures));
        // Sanity: the sweep did reach every endpoint for both users and B's data is really there to be leaked.
        Assert.True(calls >= 2 * endpoints.Count, $"{calls} appels pour {endpoints.Count} endpoints");
        Assert.Contains(before.Rows.Values, r => r.Practice == b.Practice && r.Json.Contains(b.Patient, StringComparison.Ordinal));
    }

    /// <summary>One way to call an endpoint: the URL (route and query filled) and a JSON or form body.</summary>
    private sealed record Probe(string Url, JsonNode? Json = null, Dictionary<string, string>? Form = null, string? Method = null);

    /// <summary>How to fill an endpoint; <see cref="MustRefuse"/>: the call targets B's rows, so only a 4xx is right.</summary>
    private sealed record Fill(bool MustRefuse, Probe[] Probes, bool SignsOut = false);

    private static Fill Refused(params Probe[] probes) => new(true, probes);

    private static Fill Own(params Probe[] probes) => new(false, probes);

    private static Probe Get(string url) => new(url);

    private static Probe Json(string url, object body) => new(url, JsonSerializer(body));

    private static Probe Form(string url, params (string Name, string Value)[] fields) => new(url, Form: fields.ToDictionary(f => f.Name, f => f.Value));

    private static JsonNode JsonSerializer(object body) => System.Text.Json.JsonSerializer.SerializeToNode(body)!;

    /// <summary>
    /// The sweep table: every endpoint of the app (key: method, route, page handler) and how to call it with practice B's
    /// identifiers in its route, query and body. Endpoints that only show the caller's own data (lists, public
    /// nomenclature) are <see cref="Own"/>: any non-5xx answer is accepted as long as it shows nothing of B.
    /// </summary>
    private static Dictionary<string, Fill> Sweep(PracticeData b)
    {
        var planBody = new { patientId = b.Patient, practitionerId = b.Practitioner, prescriptionId = b.Prescription, origin = "prescription", actId = "ric-meniscectomie", sessionCount = 3, startDate = "2026-02-23" };
        var hnBody = new { patientId = b.Patient, date = "2026-03-01", label = "Drainage", amount = 90m, hnQuoteId = b.HnQuote };
        var patientBody = new { lastName = "Nouveau", firstName = "Nom", coverage = "standard", regime = "general" };
        return new Dictionary<string, Fill>
        {
            // Public or technical routes.
            ["GET /openapi/{documentName}.json"] = Own(Get("/openapi/v1.json")),
            ["ANY /health"] = Own(Get("/health"), new Probe("/health", Method: "POST"), new Probe("/health", Method: "DELETE")),
            ["GET /api/acts"] = Own(Get("/api/acts?q=ric")),
            ["GET /api/acts/{code}"] = Own(Get("/api/acts/RIC%208.08")),
            ["GET /api/acts/suggest"] = Own(Get("/api/acts/suggest?text=genou")),
            ["POST /api/quote"] = Own(Json("/api/quote", new { date = "2026-03-01", department = "75", place = "cabinet", acts = new[] { "RIC 8.08" } })),
            ["GET /ui/acts"] = Own(Get("/ui/acts?q=ric")),
            ["GET /coter/pdf"] = Own(Get("/coter/pdf")),
            ["GET /coter"] = Own(Get("/coter")),
            ["GET /coter/devis"] = Own(Get("/coter/devis")),
            ["GET /nomenclature"] = Own(Get("/nomenclature?q=ric")),
            ["GET /nomenclature/{id}"] = Own(Get("/nomenclature/ric-meniscectomie")),

            // Accounts: B's e-mail or RPPS must not open anything nor tell more than « already taken ».
            ["POST /api/account/login"] = Refused(Json("/api/account/login", new { email = "personne@example.fr", password = "Mauvais-Mot-42" })),
            ["POST /api/account/logout"] = new(false, [Json("/api/account/logout", new { })], SignsOut: true),
            ["GET /api/account/me"] = Own(Get("/api/account/me")),
            ["POST /api/account/register"] = Refused(Json("/api/account/register", new
            {
                email = b.Email, password = Password, practiceName = "Intrus", department = "75", zone = "plaine", address = "x", rpps = b.Rpps,
                amNumber = "751234567", lastName = "Intrus", firstName = "Intrus",
            })),
            ["POST /api/account/secretaries"] = Refused(Json("/api/account/secretaries", new { email = b.SecretaryEmail, password = Password })),
            ["GET /connexion"] = Own(Get("/connexion")),
            ["POST /connexion"] = Own(Form("/connexion", ("email", "personne@example.fr"), ("motdepasse", "Mauvais-Mot-42"))),
            ["GET /deconnexion"] = Own(Get("/deconnexion")),
            ["POST /deconnexion"] = new(false, [Form("/deconnexion")], SignsOut: true),
            ["GET /compte"] = Own(Get("/compte")),
            ["POST /compte"] = Own(Form("/compte", ("actuel", "Mauvais-Mot-42"), ("nouveau", "Autre-Mot-Kine-42"), ("confirmation", "Autre-Mot-Kine-42"))),
            ["POST /compte Partout"] = new(false, [Form("/compte?handler=partout")], SignsOut: true),
            ["GET /premier-compte"] = Own(Get("/premier-compte")),
            ["POST /premier-compte"] = Own(Form("/premier-compte", ("code", "PASLEBONCODE"), ("email", b.SecretaryEmail))),
            ["POST /api/account/logout-everywhere"] = new(false, [Json("/api/account/logout-everywhere", new { })], SignsOut: true),
            ["POST /api/account/password"] = Own(Json("/api/account/password", new { currentPassword = "Mauvais-Mot-42", newPassword = "Autre-Mot-Kine-42" })),

            // Practice and settings.
            ["GET /api/practice/"] = Own(Get("/api/practice/")),
            ["POST /api/practice/practitioners"] = Refused(Json("/api/practice/practitioners", new { rpps = b.Rpps, amNumber = "751234567", lastName = "X", firstName = "Y" })),
            ["GET /reglages"] = Own(Get("/reglages")),
            ["POST /reglages Cabinet"] = Own(Form("/reglages?handler=cabinet", ("nom", ""), ("departement", "75"), ("zone", "plaine"), ("adresse", ""))),
            ["POST /reglages Praticien"] = Own(
                Form("/reglages?handler=praticien", ("id", b.Practitioner), ("nom", "Pirate"), ("prenom", "Pirate"), ("rpps", "10000000008"), ("am", "751234567")),
                Form("/reglages?handler=praticien", ("nom", "Pirate"), ("prenom", "Pirate"), ("rpps", b.Rpps), ("am", "751234567"))),

            // Patients.
            ["GET /api/patients/"] = Own(Get("/api/patients/"), Get("/api/patients/?q=zephyrine&limit=1000")),
            ["GET /api/patients/{id:guid}"] = Refused(Get($"/api/patients/{b.Patient}")),
            ["POST /api/patients/"] = Own(Json("/api/patients/", new { lastName = "", firstName = "" })),
            ["PUT /api/patients/{id:guid}"] = Refused(new Probe($"/api/patients/{b.Patient}", JsonSerializer(patientBody))),
            ["GET /patients"] = Own(Get("/patients")),
            ["GET /patients/{id:guid}"] = Refused(Get($"/patients/{b.Patient}")),
            ["GET /patients/nouveau"] = Own(Get("/patients/nouveau")),
            ["POST /patients/nouveau"] = Own(Form("/patients/nouveau", ("nom", ""), ("prenom", ""))),

            // Prescriptions.
            ["GET /api/prescriptions/"] = Own(Get($"/api/prescriptions/?patientId={b.Patient}")),
            ["GET /api/prescriptions/{id:guid}"] = Refused(Get($"/api/prescriptions/{b.Prescription}")),
            ["POST /api/prescriptions/"] = Refused(Json("/api/prescriptions/", new { patientId = b.Patient, date = "2026-02-20", indication = "x", segment = "genou", laterality = "right" })),
            ["GET /patients/{id:guid}/prescriptions/nouvelle"] = Refused(Get($"/patients/{b.Patient}/prescriptions/nouvelle")),
            ["POST /patients/{id:guid}/prescriptions/nouvelle"] = Refused(Form($"/patients/{b.Patient}/prescriptions/nouvelle",
                ("date", "2026-02-20"), ("prescripteur", "Dr X"), ("indication", "x"), ("segment", "genou"), ("lateralite", "right"))),

            // Plans, DAP, sessions, clinical notes.
            ["GET /api/plans/"] = Own(Get($"/api/plans/?patientId={b.Patient}")),
            ["GET /api/plans/{id:guid}"] = Refused(Get($"/api/plans/{b.Plan}")),
            ["POST /api/plans/"] = Refused(Json("/api/plans/", planBody)),
            ["POST /api/plans/{id:guid}/dap"] = Refused(Json($"/api/plans/{b.Plan}/dap", new { status = "agreed", date = "2026-03-01" })),
            ["POST /api/plans/{id:guid}/sessions"] = Refused(Json($"/api/plans/{b.Plan}/sessions", new { date = "2026-03-02", time = "10:00", place = "cabinet" })),
            ["PUT /api/plans/{id:guid}/clinical-notes"] = Refused(new Probe($"/api/plans/{b.Plan}/clinical-notes", JsonSerializer(new { notes = "écrasée" }))),
            ["GET /prescriptions/{id:guid}/plan"] = Refused(Get($"/prescriptions/{b.Prescription}/plan")),
            ["POST /prescriptions/{id:guid}/plan"] = Refused(Form($"/prescriptions/{b.Prescription}/plan", ("acte", "RIC 8.08"), ("origine", "prescription"), ("debut", "2026-03-01"), ("seances", "3"))),
            ["GET /plans/{id:guid}"] = Refused(Get($"/plans/{b.Plan}")),
            ["POST /plans/{id:guid} Dap"] = Refused(Form($"/plans/{b.Plan}?handler=Dap", ("statut", "accordee"))),
            ["POST /plans/{id:guid} Facturer"] = Refused(Form($"/plans/{b.Plan}?handler=Facturer", ("seance", b.UnbilledSession))),
            ["POST /plans/{id:guid} Notes"] = Refused(Form($"/plans/{b.Plan}?handler=Notes", ("notes", "Pirate"))),
            ["GET /plans/{id:guid}/dap/{format:regex(^(document|pdf)$)}"] = Refused(Get($"/plans/{b.Plan}/dap/document"), Get($"/plans/{b.Plan}/dap/pdf")),
            ["GET /plans/{id:guid}/seances/nouvelle"] = Refused(Get($"/plans/{b.Plan}/seances/nouvelle")),
            ["POST /plans/{id:guid}/seances/nouvelle Coter"] = Refused(Form($"/plans/{b.Plan}/seances/nouvelle?handler=Coter", ("date", "2026-03-02"), ("heure", "10:00"), ("lieu", "cabinet"))),
            ["POST /plans/{id:guid}/seances/nouvelle Enregistrer"] = Refused(Form($"/plans/{b.Plan}/seances/nouvelle?handler=Enregistrer", ("date", "2026-03-02"), ("heure", "10:00"), ("lieu", "cabinet"))),
            ["GET /"] = Own(Get("/?date=2026-02-23"), Get("/")),

            // Invoices, credit notes, payments, audit.
            ["GET /api/invoices/"] = Own(Get("/api/invoices/")),
            ["GET /api/invoices/{id:guid}"] = Refused(Get($"/api/invoices/{b.Invoice}"), Get($"/api/invoices/{b.CreditNote}")),
            ["POST /api/invoices/"] = Refused(Json("/api/invoices/", new { sessionIds = new[] { b.UnbilledSession }, grouped = true, tiersPayant = true })),
            ["POST /api/invoices/{id:guid}/credit-note"] = Refused(Json($"/api/invoices/{b.Invoice}/credit-note", new { })),
            ["POST /api/invoices/{id:guid}/payments"] = Refused(Json($"/api/invoices/{b.Invoice}/payments", new { payer = "patient", amount = 1m, date = "2026-03-02" })),
            ["GET /api/audit"] = Own(Get($"/api/audit?entityId={b.Invoice}"), Get("/api/audit?entity=Patient"), Get("/api/audit")),
            ["GET /factures"] = Own(Get($"/factures?patient={b.Patient}"), Get("/factures"), Get("/factures?nom=zephyrine"), Get($"/factures?nom=zephyrine&patient={b.Patient}")),
            ["POST /factures Paiement"] = Own(Form("/factures?handler=paiement", ("facture", b.Invoice), ("payeur", "patient"), ("montant", "1,00"), ("date", "2026-03-02"))),
            ["GET /factures/{id:guid}"] = Refused(Get($"/factures/{b.Invoice}"), Get($"/factures/{b.CreditNote}")),
            ["POST /factures/{id:guid} Avoir"] = Refused(Form($"/factures/{b.Invoice}?handler=Avoir")),
            ["GET /factures/{id:guid}/pdf"] = Refused(Get($"/factures/{b.Invoice}/pdf"), Get($"/factures/{b.CreditNote}/pdf")),

            // Hors nomenclature.
            ["GET /api/hn-quotes/"] = Own(Get("/api/hn-quotes/")),
            ["POST /api/hn-quotes/"] = Refused(Json("/api/hn-quotes/", hnBody)),
            ["GET /api/fee-notes/"] = Own(Get("/api/fee-notes/")),
            ["POST /api/fee-notes/"] = Refused(Json("/api/fee-notes/", hnBody)),
            ["GET /hors-nomenclature"] = Own(Get("/hors-nomenclature")),
            // Exports: only the caller's own billing, whatever the period.
            ["GET /api/exports/invoices"] = Own(Get("/api/exports/invoices?from=2020-01-01&to=2030-12-31")),
            ["GET /api/exports/receipts"] = Own(Get("/api/exports/receipts?from=2020-01-01&to=2030-12-31")),
            ["GET /exports"] = Own(Get("/exports")),
            ["GET /exports Factures"] = Own(Get("/exports?handler=Factures&du=2020-01-01&au=2030-12-31")),
            ["GET /exports Recettes"] = Own(Get("/exports?handler=Recettes&du=2020-01-01&au=2030-12-31")),
            ["GET /hors-nomenclature/nouveau"] = Own(Get($"/hors-nomenclature/nouveau?patient={b.Patient}&devis={b.HnQuote}")),
            ["POST /hors-nomenclature/nouveau"] = Own(Form("/hors-nomenclature/nouveau", ("patient", b.Patient), ("date", "2026-03-01"), ("libelle", "Drainage"), ("montant", "90"), ("devis", b.HnQuote))),
            ["GET /hors-nomenclature/{kind:regex(^(devis|notes)$)}/{id:guid}/{format:regex(^pdf$)?}"] = Refused(
                Get($"/hors-nomenclature/devis/{b.HnQuote}"), Get($"/hors-nomenclature/devis/{b.HnQuote}/pdf"),
                Get($"/hors-nomenclature/notes/{b.FeeNote}"), Get($"/hors-nomenclature/notes/{b.FeeNote}/pdf")),

            // Pages posted without a handler of their own: 405 (UnhandledMethodFilter), never a page rendered with no handler run.
            ["POST /"] = Refused(Form("/?date=2026-02-23")),
            ["POST /coter"] = Refused(Form("/coter")),
            ["POST /coter/devis"] = Refused(Form("/coter/devis")),
            ["POST /factures"] = Refused(Form($"/factures?patient={b.Patient}")),
            ["POST /factures/{id:guid}"] = Refused(Form($"/factures/{b.Invoice}")),
            ["POST /factures/{id:guid}/pdf"] = Refused(Form($"/factures/{b.Invoice}/pdf")),
            ["POST /hors-nomenclature"] = Refused(Form("/hors-nomenclature")),
            ["POST /hors-nomenclature/{kind:regex(^(devis|notes)$)}/{id:guid}/{format:regex(^pdf$)?}"] = Refused(
                Form($"/hors-nomenclature/devis/{b.HnQuote}"), Form($"/hors-nomenclature/notes/{b.FeeNote}/pdf")),
            ["POST /nomenclature"] = Refused(Form("/nomenclature")),
            ["POST /nomenclature/{id}"] = Refused(Form("/nomenclature/ric-meniscectomie")),
            ["POST /patients"] = Refused(Form("/patients")),
            ["POST /patients/{id:guid}"] = Refused(Form($"/patients/{b.Patient}")),
            ["POST /plans/{id:guid}"] = Refused(Form($"/plans/{b.Plan}")),
            ["POST /plans/{id:guid}/dap/{format:regex(^(document|pdf)$)}"] = Refused(Form($"/plans/{b.Plan}/dap/document"), Form($"/plans/{b.Plan}/dap/pdf")),
            ["POST /plans/{id:guid}/seances/nouvelle"] = Refused(Form($"/plans/{b.Plan}/seances/nouvelle", ("date", "2026-03-02"), ("heure", "10:00"))),
            ["POST /reglages"] = Refused(Form("/reglages", ("nom", "Pirate"))),
            ["POST /exports"] = Refused(Form("/exports", ("du", "2020-01-01"))),
        };
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, AppEndpoint endpoint, Probe probe, string token)
    {
        var method = probe.Method ?? endpoint.Method;
        var request = new HttpRequestMessage(new HttpMethod(method), probe.Url);
        if (probe.Json is not null)
        {
            request.Content = JsonContent.Create(probe.Json);
        }
        else if (probe.Form is not null || method != "GET")
        {
            var fields = (probe.Form ?? []).Append(new("__RequestVerificationToken", token));
            request.Content = new FormUrlEncodedContent(fields);
        }

        if (endpoint.IsPage)
        {
            request.Headers.Accept.ParseAdd("text/html");
        }

        return await client.SendAsync(request);
    }

    /// <summary>What a user would see of a response: its body (a PDF's words) and its redirect target.</summary>
    private static async Task<string> BodyTextAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var body = response.Content.Headers.ContentType?.MediaType == "application/pdf"
            ? Pages.PageKit.PdfText(bytes)
            : WebUtility.HtmlDecode(System.Text.Encoding.UTF8.GetString(bytes));
        return body + " " + response.Headers.Location;
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/patients/nouveau");
        var match = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(match.Success, "pas de jeton antiforgery sur /patients/nouveau");
        return match.Groups[1].Value;
    }

    private async Task<(HttpClient Client, Guid Practice)> RegisterAsync(string tag, string lastName, string firstName, string practiceName)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var email = $"kine-{tag}-{Guid.NewGuid():N}@example.fr";
        var me = await PostAsync(client, "/api/account/register", new
        {
            email, password = Password, practiceName, department = "75", zone = "plaine", address = $"{practiceName}, 3 rue Y",
            rpps = $"{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}", amNumber = "751234567", lastName, firstName,
        });
        return (client, Guid.Parse(me["practiceId"]!.GetValue<string>()));
    }

    private async Task<HttpClient> SecretaryAsync(HttpClient kine, string email)
    {
        await PostAsync(kine, "/api/account/secretaries", new { email, password = Password });
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var login = await client.PostAsJsonAsync("/api/account/login", new { email, password = Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        return client;
    }

    /// <summary>Practice B: two practitioners, a secrétaire, a patient with prescription, plan (DAP threshold, clinical note), three
    /// sessions, an invoice with a payment, a credit-noted invoice, a devis and a note d'honoraires (and the audit rows of it all).</summary>
    private async Task<PracticeData> PracticeBAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (client, practice) = await RegisterAsync("b", $"Quirinal{suffix}", "Xanthe", $"Cabinet Bêta {suffix}");
        var practice1 = await client.GetFromJsonAsync<JsonObject>("/api/practice/");
        var practitioner = practice1!["practitioners"]![0]!;
        var second = await PostAsync(client, "/api/practice/practitioners", new
        {
            rpps = $"{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}", amNumber = "751234567", lastName = $"Ombrelune{suffix}", firstName = "Isidore",
        });
        var secretaryEmail = $"secretaire-b-{suffix}@example.fr";
        await PostAsync(client, "/api/account/secretaries", new { email = secretaryEmail, password = Password });
        var patientName = $"Brocéliande{suffix}";
        var patient = Id(await PostAsync(client, "/api/patients", new { lastName = patientName, firstName = "Zéphyrine", coverage = "standard", regime = "general", birthDate = "1977-07-07" }));
        var prescription = await PostAsync(client, "/api/prescriptions", new
        {
            patientId = patient, date = "2026-02-20", prescriberName = $"Dr Vermandois{suffix}", prescriberRpps = "10009876543", prescriberAmNumber = "751111111",
            indication = $"Indication secrète {suffix}", segment = "genou", laterality = "right", sessionCount = 3,
        });
        var plan = Id(await PostAsync(client, "/api/plans", new
        {
            patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = "ric-meniscectomie", sessionCount = 3, startDate = "2026-02-23",
        }));
        var notes = $"Note clinique confidentielle {suffix}";
        await PostAsync(client, $"/api/plans/{plan}/clinical-notes", new { notes }, HttpStatusCode.OK, put: true);
        var sessions = new List<string>();
        foreach (var day in new[] { "2026-02-23", "2026-02-25", "2026-02-27" })
        {
            sessions.Add(Id(await PostAsync(client, $"/api/plans/{plan}/sessions", new { date = day, time = "09:30", place = "cabinet" })));
        }

        var invoices = (await PostAsync(client, "/api/invoices", new { sessionIds = sessions.Take(2), grouped = false, tiersPayant = true, amc = 0m })).AsArray();
        var paid = Id(invoices[0]!);
        var payment = Id((await PostAsync(client, $"/api/invoices/{paid}/payments", new { payer = "amo", amount = 1.00m, date = "2026-03-01" }))["payments"]![0]!);
        var credited = Id(invoices[1]!);
        var credit = Id(await PostAsync(client, $"/api/invoices/{credited}/credit-note", new { }));
        var hnLabel = $"Drainage secret {suffix}";
        var quote = Id(await PostAsync(client, "/api/hn-quotes", new { patientId = patient, date = "2026-03-01", label = hnLabel, amount = 90m }));
        var note = Id(await PostAsync(client, "/api/fee-notes", new { patientId = patient, date = "2026-03-02", label = hnLabel, amount = 90m, hnQuoteId = quote }));
        var me = await client.GetFromJsonAsync<JsonObject>("/api/account/me");
        return new PracticeData(
            practice, practitioner["id"]!.GetValue<string>(), Id(second), patient, patientName, Id(prescription), plan, sessions[2], paid, credit, quote, note,
            me!["email"]!.GetValue<string>(), secretaryEmail, practitioner["rpps"]!.GetValue<string>(),
            [
                practice.ToString(), practitioner["id"]!.GetValue<string>(), Id(second), patient, Id(prescription), plan, .. sessions, paid, payment, credited, credit, quote, note,
                patientName, "Zéphyrine", $"Quirinal{suffix}", $"Ombrelune{suffix}", $"Cabinet Bêta {suffix}", $"Dr Vermandois{suffix}", $"Indication secrète {suffix}",
                notes, hnLabel, secretaryEmail, me["email"]!.GetValue<string>(), practitioner["rpps"]!.GetValue<string>(), second["rpps"]!.GetValue<string>(),
            ]);
    }

    /// <summary>Practice B's identifiers for the sweep table, and every string of B that must never reach A (<see cref="Secrets"/>).</summary>
    private sealed record PracticeData(
        Guid Practice, string Practitioner, string SecondPractitioner, string Patient, string PatientName, string Prescription, string Plan, string UnbilledSession,
        string Invoice, string CreditNote, string HnQuote, string FeeNote, string Email, string SecretaryEmail, string Rpps, IReadOnlyList<string> Secrets);
}
