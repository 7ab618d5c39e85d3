using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Cotakine.LoadSupport;

/// <summary>
/// One simulated user: signs in with its own cookie, then loops over a day's work at the practice without think time —
/// search acts, quote a session (the CONTRACT.md example, whose total must be 48.59), create a patient, a prescription
/// and a plan, record two sessions, issue their grouped invoice, record the AMO payment, list the invoices. Every
/// request that does not answer what it should is an error in <see cref="RequestLog"/>; a failed step ends the loop.
/// </summary>
public sealed class SimulatedUser(int index, PracticeState practice, (string Email, string Password) account, HttpClient client, RequestLog log)
{
    /// <summary>The quote request of CONTRACT.md (its answer totals 48.59 €).</summary>
    public const string ContractQuoteRequest = """
        {"date":"2026-03-12","time":"10:30","department":"75","place":"domicile","acts":["RAM 8.09","AMK 10.7"],"urgent":false,
         "travel":{"distanceKm":8.0,"zone":"plaine","sameAgglomeration":false},
         "series":{"sessionNumber":1,"sessionsLast12Months":0,"dapAgreed":false},
         "patient":{"coverage":"standard","regime":"general"}}
        """;

    /// <summary>Loops completed without error.</summary>
    public int Loops { get; private set; }

    /// <summary>When the sign-in answered (null if it failed).</summary>
    public DateTimeOffset? SignedInAt { get; private set; }

    /// <summary>
    /// Signs in, then loops until <paramref name="deadline"/> or <paramref name="iterations"/>; at least one loop, so
    /// every user goes through the whole workflow even when the sign-ins of 100 users take most of the time.
    /// </summary>
    public async Task RunAsync(DateTimeOffset? deadline, int? iterations)
    {
        var login = await SendAsync(HttpMethod.Post, "/api/account/login", new { email = account.Email, password = account.Password }, HttpStatusCode.NoContent);
        if (login is null)
        {
            return;
        }

        SignedInAt = DateTimeOffset.UtcNow;
        for (var i = 0; (iterations is null || i < iterations) && (i == 0 || deadline is null || DateTimeOffset.UtcNow < deadline); i++)
        {
            try
            {
                if (await LoopAsync(i))
                {
                    Loops++;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or FormatException or KeyNotFoundException or NullReferenceException)
            {
                log.Error($"utilisateur {index} : {e.GetType().Name} {e.Message}");
            }
        }
    }

    private async Task<bool> LoopAsync(int i)
    {
        var acts = await SendAsync(HttpMethod.Get, "/api/acts?q=lombalgie&date=2026-03-02", null, HttpStatusCode.OK);
        if (acts is not JsonArray { Count: > 0 })
        {
            return Fail(acts, "recherche « lombalgie » sans résultat");
        }

        var quote = await SendAsync(HttpMethod.Post, "/api/quote", ContractQuoteRequest, HttpStatusCode.OK);
        if (quote?["total"]?.GetValue<decimal>() != 48.59m)
        {
            return Fail(quote, "cotation de l'exemple du contrat différente de 48.59");
        }

        var patient = await SendAsync(HttpMethod.Post, "/api/patients", new { lastName = $"Charge{index}", firstName = $"P{i}", coverage = "standard", regime = "general" });
        if (patient is null)
        {
            return false;
        }

        practice.Patients.Add(Id(patient));
        var prescription = await SendAsync(HttpMethod.Post, "/api/prescriptions", new
        {
            patientId = Id(patient), date = "2026-02-20", prescriberName = "Dr Leroy", prescriberRpps = "10009876543", prescriberAmNumber = "751111111",
            indication = "Rééducation après méniscectomie", segment = "genou", laterality = "right", sessionCount = 2,
        });
        if (prescription is null)
        {
            return false;
        }

        var practitioner = practice.Practitioners[(index + i) % practice.Practitioners.Count];
        var plan = await SendAsync(HttpMethod.Post, "/api/plans", new
        {
            patientId = Id(patient), practitionerId = practitioner, prescriptionId = Id(prescription), origin = "prescription",
            actId = "ric-meniscectomie", sessionCount = 2, startDate = "2026-02-23",
        });
        if (plan is null)
        {
            return false;
        }

        var sessions = new List<Guid>();
        foreach (var day in new[] { "2026-02-23", "2026-02-25" })
        {
            var session = await SendAsync(HttpMethod.Post, $"/api/plans/{Id(plan)}/sessions", new { date = day, time = "09:30", place = "cabinet" });
            if (session is null)
            {
                return false;
            }

            sessions.Add(Id(session));
        }

        var issued = await SendAsync(HttpMethod.Post, "/api/invoices", new { sessionIds = sessions, grouped = true, tiersPayant = true, amc = 0m });
        if (issued is not JsonArray { Count: 1 } list)
        {
            return Fail(issued, "facture groupée non émise");
        }

        var invoice = list[0]!;
        var amo = invoice["amo"]!.GetValue<decimal>();
        var paid = await SendAsync(HttpMethod.Post, $"/api/invoices/{Id(invoice)}/payments", new { payer = "amo", amount = amo, date = "2026-03-10" });
        var settled = paid?["due"]?["amo"]?.GetValue<decimal>() == 0m;
        practice.Invoices.Add((Id(invoice), invoice["number"]!.GetValue<string>(), practitioner, settled));
        if (!settled)
        {
            return Fail(paid, "paiement AMO non soldé");
        }

        var all = await SendAsync(HttpMethod.Get, $"/api/invoices?patientId={Id(patient)}", null, HttpStatusCode.OK); // the list is paginated: this patient's
        if (all is not JsonArray listed || !listed.Any(n => n?["id"]?.GetValue<string>() == Id(invoice).ToString()))
        {
            return Fail(all, "facture absente de la liste");
        }

        return true;
    }

    private bool Fail(JsonNode? answer, string what)
    {
        if (answer is not null)
        {
            // A request that did answer, but not what it should: an error too.
            log.Error($"utilisateur {index} : {what}");
        }

        return false;
    }

    private static Guid Id(JsonNode node) => Guid.Parse(node["id"]!.GetValue<string>());

    /// <summary>Sends one request; null (and an error logged) unless it answers <paramref name="expected"/>.</summary>
    private async Task<JsonNode?> SendAsync(HttpMethod method, string url, object? body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is string json)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        HttpResponseMessage response;
        try
        {
            response = await log.TimeAsync(() => client.SendAsync(request));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            log.Error($"utilisateur {index} : {method} {url} → {e.GetType().Name} {e.Message}");
            return null;
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != expected)
            {
                log.Error($"utilisateur {index} : {method} {url} → {(int)response.StatusCode} {Shorten(text)}");
                return null;
            }

            return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text);
        }
    }

    private static string Shorten(string text) =>
        text.Length <= 300 ? text : text[..300] + "…";
}
