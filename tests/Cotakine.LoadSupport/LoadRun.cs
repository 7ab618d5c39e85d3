using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Cotakine.LoadSupport;

/// <summary>
/// A load run against a Cotakine server reached through <c>newClient</c> (one client, one cookie jar per call): opens the
/// practices through the API (registration of a kiné, a second practitioner, secrétaire accounts), runs every
/// <see cref="SimulatedUser"/> at the same time, then checks from each practice's list what the users did: every issued
/// invoice is listed once with its payment, numbers are unique and gap-free per practitioner and year, no invoice or
/// patient is lost or added.
/// </summary>
public static class LoadRun
{
    // A fresh password for each run's throw-away accounts: nothing to keep, nothing written in the repository.
    private static readonly string Password = string.Concat("Charge-", Guid.NewGuid().ToString("N"));

    /// <summary>Runs the load described by <paramref name="options"/>.</summary>
    public static async Task<LoadReport> RunAsync(Func<HttpClient> newClient, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(newClient);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Duration is null && options.Iterations is null)
        {
            throw new ArgumentException("Une durée ou un nombre de tours est nécessaire pour borner la charge.", nameof(options));
        }

        var setupLog = new RequestLog();
        var practiceCount = (options.Users + options.UsersPerPractice - 1) / options.UsersPerPractice;
        var practices = await Task.WhenAll(Enumerable.Range(0, practiceCount).Select(p =>
            OpenPracticeAsync(newClient, p, Math.Min(options.UsersPerPractice, options.Users - (p * options.UsersPerPractice)), options.RunTag, setupLog)));
        var problems = new List<string>(setupLog.Samples.Select(s => $"préparation : {s}"));

        var log = new RequestLog();
        var users = practices.OfType<PracticeState>()
            .SelectMany(p => p.Accounts.Select((a, i) => (Practice: p, Account: a, Index: (p.Index * options.UsersPerPractice) + i)))
            .Select(u => new SimulatedUser(u.Index, u.Practice, u.Account, newClient(), log))
            .ToList();
        var watch = Stopwatch.StartNew();
        var start = DateTimeOffset.UtcNow;
        var deadline = options.Duration is { } duration ? DateTimeOffset.UtcNow + duration : (DateTimeOffset?)null;
        await Task.WhenAll(users.Select(u => Task.Run(() => u.RunAsync(deadline, options.Iterations))));
        var elapsed = watch.Elapsed;

        foreach (var practice in practices.OfType<PracticeState>())
        {
            try
            {
                problems.AddRange(await CheckAsync(practice));
            }
            catch (HttpRequestException e)
            {
                problems.Add($"cabinet {practice.Index} : vérification impossible ({e.Message})");
            }
        }

        var latencies = log.Latencies.Order().ToList();
        double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        return new LoadReport(
            users.Count, practices.Count(p => p is not null), log.Requests, log.Errors + setupLog.Errors, elapsed,
            users.Max(u => u.SignedInAt) is { } last ? last - start : TimeSpan.Zero, users.Sum(u => (long)u.Loops),
            practices.OfType<PracticeState>().Sum(p => (long)p.Invoices.Count), Percentile(0.50), Percentile(0.95), latencies.LastOrDefault(),
            [.. setupLog.Samples, .. log.Samples], problems);
    }

    /// <summary>A practice through the API: its kiné registers it, adds a second practitioner and the secrétaires.</summary>
    private static async Task<PracticeState?> OpenPracticeAsync(Func<HttpClient> newClient, int index, int users, string tag, RequestLog log)
    {
        var owner = newClient();
        var email = $"kine-{tag}-{index}@charge.example";
        var registered = await PostAsync(owner, "/api/account/register", new
        {
            email, password = Password, practiceName = $"Cabinet de charge {index}", department = "75", zone = "plaine", address = "1 rue de la Charge",
            rpps = Rpps(), amNumber = "751234567", lastName = "Charge", firstName = $"Kiné {index}",
        }, log);
        var second = registered ? await PostAsync(owner, "/api/practice/practitioners", new
        {
            rpps = Rpps(), amNumber = "751234568", lastName = "Second", firstName = $"Kiné {index}",
        }, log) : false;
        if (!second)
        {
            return null;
        }

        List<Guid> practitioners;
        try
        {
            var practice = await log.TimeAsync(() => owner.GetAsync("/api/practice"));
            practice.EnsureSuccessStatusCode();
            practitioners = (await practice.Content.ReadFromJsonAsync<JsonObject>())!["practitioners"]!.AsArray()
                .Select(p => Guid.Parse(p!["id"]!.GetValue<string>())).ToList();
        }
        catch (HttpRequestException e)
        {
            log.Error($"GET /api/practice → {e.Message}");
            return null;
        }

        var accounts = new List<(string, string)> { (email, Password) };
        for (var s = 1; s < users; s++)
        {
            var secretary = $"secretariat-{tag}-{index}-{s}@charge.example";
            if (!await PostAsync(owner, "/api/account/secretaries", new { email = secretary, password = Password }, log))
            {
                return null;
            }

            accounts.Add((secretary, Password));
        }

        return new PracticeState(index, owner, practitioners, accounts);
    }

    private static string Rpps() => Random.Shared.NextInt64(10_000_000_000, 99_999_999_999).ToString(CultureInfo.InvariantCulture);

    private static async Task<bool> PostAsync(HttpClient client, string url, object body, RequestLog log)
    {
        using var response = await log.TimeAsync(() => client.PostAsJsonAsync(url, body));
        if (response.StatusCode == HttpStatusCode.Created)
        {
            return true;
        }

        log.Error($"POST {url} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return false;
    }

    /// <summary>What the practice's list says against what its users did.</summary>
    private static async Task<List<string>> CheckAsync(PracticeState practice)
    {
        var problems = new List<string>();
        var name = $"cabinet {practice.Index}";
        // The list is paginated (1000 at most per request): read every page.
        var pages = new List<JsonNode?>();
        for (var offset = 0; ; offset += 1000)
        {
            var page = (await practice.Owner.GetFromJsonAsync<JsonArray>("/api/invoices?limit=1000&offset=" + offset.ToString(CultureInfo.InvariantCulture)))!;
            pages.AddRange(page);
            if (page.Count < 1000)
            {
                break;
            }
        }

        var listed = pages
            .Select(n => (
                Id: Guid.Parse(n!["id"]!.GetValue<string>()),
                Number: n["number"]!.GetValue<string>(),
                PractitionerId: Guid.Parse(n["practitionerId"]!.GetValue<string>()),
                Sessions: n["sessionIds"]!.AsArray().Count,
                Payments: n["payments"]!.AsArray().Count,
                AmoDue: n["due"]!["amo"]!.GetValue<decimal>()))
            .ToList();
        var issued = practice.Invoices.ToDictionary(i => i.Id);
        foreach (var missing in issued.Keys.Except(listed.Select(l => l.Id)))
        {
            problems.Add($"{name} : facture {issued[missing].Number} émise mais absente de la liste");
        }

        foreach (var invoice in listed)
        {
            if (!issued.TryGetValue(invoice.Id, out var mine))
            {
                problems.Add($"{name} : facture {invoice.Number} listée mais émise par personne");
            }
            else if (mine.Number != invoice.Number || mine.PractitionerId != invoice.PractitionerId || invoice.Sessions != 2 || invoice.Payments != (mine.Paid ? 1 : 0) || (mine.Paid && invoice.AmoDue != 0m))
            {
                problems.Add($"{name} : facture {invoice.Number} différente de ce qui a été émis et payé");
            }
        }

        problems.AddRange(NumberingCheck.Problems(name, listed.Select(l => (l.PractitionerId, l.Number))));

        // Patients are paginated the same way.
        var patients = new HashSet<Guid>();
        for (var offset = 0; ; offset += 1000)
        {
            var page = (await practice.Owner.GetFromJsonAsync<JsonArray>("/api/patients?limit=1000&offset=" + offset.ToString(CultureInfo.InvariantCulture)))!;
            patients.UnionWith(page.Select(p => Guid.Parse(p!["id"]!.GetValue<string>())));
            if (page.Count < 1000)
            {
                break;
            }
        }

        if (!patients.SetEquals(practice.Patients))
        {
            problems.Add($"{name} : {patients.Count} patients listés pour {practice.Patients.Count} créés");
        }

        return problems;
    }
}
