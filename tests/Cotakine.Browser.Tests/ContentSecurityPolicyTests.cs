using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cotakine.Browser.Tests;

/// <summary>
/// Issue 6 « Content Security Policy »: Chromium visits every page of the app (the page routes are read from the app's
/// endpoint list, so a new page must be added to <see cref="Urls"/>) under the strict policy, uses the live act search
/// on each page that has one, and fails on any violation the browser reports (console message or
/// <c>securitypolicyviolation</c> event) and on any script error.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class ContentSecurityPolicyTests(UiServerFixture server)
{
    private static readonly string Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")))
        .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private const string ReportViolations =
        "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sample || '')));";

    [Fact]
    public async Task Every_page_renders_and_runs_under_the_strict_policy_without_violation()
    {
        var page = await server.NewPageAsync();
        var problems = new List<string>();
        var current = "";
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.StartsWith("CSP violation", StringComparison.Ordinal))
            {
                problems.Add($"{current} : {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{current} : erreur de script {error}");
        await page.AddInitScriptAsync(ReportViolations);

        // Anonymous first: the login page.
        current = "/connexion";
        await VisitAsync(page, "/connexion");

        var ids = await PracticeAsync(page);
        var urls = Urls(ids);
        var routes = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null).Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Distinct().ToList();
        var missing = routes.Except(urls.Keys).ToList();
        Assert.True(missing.Count == 0, "Pages sans adresse de visite dans la revue CSP :\n" + string.Join("\n", missing));
        Assert.Empty(urls.Keys.Except(routes));

        var visited = 1;
        foreach (var url in urls.Values.SelectMany(u => u))
        {
            current = url;
            await VisitAsync(page, url);
            visited++;
        }

        // The error pages (written outside Razor, in the site's frame) are reachable pages too: an unknown address, a record
        // that does not exist.
        foreach (var url in new[] { "/page-inexistante", $"/patients/{Guid.NewGuid()}" })
        {
            current = url;
            var response = await page.GotoAsync(url);
            Assert.Equal(404, response!.Status);
            Assert.Contains("default-src 'self'", (await response.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Page introuvable");
            await server.ScreenshotAsync(page, "page-introuvable");
            visited++;
        }

        Assert.True(problems.Count == 0, $"{problems.Count} violation(s) sur {visited} pages :\n" + string.Join("\n", problems));
        Assert.True(visited >= routes.Count, $"{visited} pages visitées pour {routes.Count} routes de pages");

        // The listener does catch a violation: a style attribute added by script is refused by style-src 'self'.
        current = "contrôle";
        await page.EvaluateAsync("() => { const d = document.createElement('div'); d.setAttribute('style', 'color: red'); document.body.appendChild(d); }");
        await page.WaitForTimeoutAsync(200);
        Assert.Contains(problems, p => p.StartsWith("contrôle", StringComparison.Ordinal) && p.Contains("style-src", StringComparison.Ordinal));
    }

    private static async Task VisitAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response is { Ok: true }, $"{url} → {response?.Status}");
        Assert.Contains("default-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        var search = page.Locator("[data-search-input]");
        if (await search.CountAsync() > 0)
        {
            // The live search fetches /ui/acts and inserts its HTML: it must run under the policy too.
            await search.First.FillAsync("ric");
            await page.Locator("[data-search-results] [role=option]").First.WaitForAsync();
        }
    }

    /// <summary>
    /// The URLs that show each page route with real data. PDF variants are files, not pages, and are downloaded by the
    /// other browser tests; they carry no script or style.
    /// </summary>
    private static Dictionary<string, string[]> Urls(Ids ids) => new()
    {
        ["/"] = ["/"],
        ["/connexion"] = ["/connexion"],
        ["/deconnexion"] = [], // GET only redirects to the day view, visited above
        ["/compte"] = ["/compte"],
        ["/premier-compte"] = [], // shown only on a first start without any account (redirects to /connexion here); its form is checked by the web tests
        ["/patients"] = ["/patients"],
        ["/patients/nouveau"] = ["/patients/nouveau"],
        ["/patients/{id:guid}"] = [$"/patients/{ids.Patient}"],
        ["/patients/{id:guid}/prescriptions/nouvelle"] = [$"/patients/{ids.Patient}/prescriptions/nouvelle"],
        ["/prescriptions/{id:guid}/plan"] = [$"/prescriptions/{ids.Prescription}/plan"],
        ["/plans/{id:guid}"] = [$"/plans/{ids.Plan}"],
        ["/plans/{id:guid}/dap/{format:regex(^(document|pdf)$)}"] = [$"/plans/{ids.Plan}/dap/document"],
        ["/plans/{id:guid}/seances/nouvelle"] = [$"/plans/{ids.Plan}/seances/nouvelle"],
        ["/factures"] = ["/factures"],
        ["/factures/{id:guid}"] = [$"/factures/{ids.Invoice}"],
        ["/factures/{id:guid}/pdf"] = [],
        ["/hors-nomenclature"] = ["/hors-nomenclature"],
        ["/hors-nomenclature/nouveau"] = ["/hors-nomenclature/nouveau"],
        ["/hors-nomenclature/{kind:regex(^(devis|notes)$)}/{id:guid}/{format:regex(^pdf$)?}"] = [$"/hors-nomenclature/devis/{ids.HnQuote}", $"/hors-nomenclature/notes/{ids.FeeNote}"],
        ["/reglages"] = ["/reglages"],
        ["/exports"] = ["/exports"],
        ["/coter"] = ["/coter"],
        ["/coter/devis"] = [$"/coter/devis?date={Today}&heure=09%3A00&departement=75&lieu=cabinet&actes=RIC+8.08"],
        ["/nomenclature"] = ["/nomenclature"],
        ["/nomenclature/{id}"] = ["/nomenclature/ric-meniscectomie"],
    };

    private static async Task<Ids> PracticeAsync(IPage page)
    {
        var n = Guid.NewGuid().ToString("N")[..8];
        await PostAsync(page, "/api/account/register", new
        {
            email = $"csp-{n}@example.fr", password = "Secret-Kine-42", practiceName = $"Cabinet {n}", department = "75", zone = "plaine",
            address = "2 rue X, 75002 Paris", rpps = $"{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}", amNumber = "751234567",
            lastName = "Kiné", firstName = "Csp",
        });
        var patient = Id(await PostAsync(page, "/api/patients", new { lastName = "Politique", firstName = "Sécurité", coverage = "standard", regime = "general" }));
        var prescription = Id(await PostAsync(page, "/api/prescriptions", new
        {
            patientId = patient, date = Today, prescriberName = "Dr Leroy", prescriberRpps = "10009876543", prescriberAmNumber = "751111111",
            indication = "Rééducation après méniscectomie", segment = "genou", laterality = "right", sessionCount = 15,
        }));
        var plan = Id(await PostAsync(page, "/api/plans", new { patientId = patient, prescriptionId = prescription, origin = "prescription", actId = "ric-meniscectomie", sessionCount = 15, startDate = Today }));
        var session = Id(await PostAsync(page, $"/api/plans/{plan}/sessions", new { date = Today, time = "09:00", place = "cabinet" }));
        var invoice = Id((await PostAsync(page, "/api/invoices", new { sessionIds = new[] { session }, grouped = false, tiersPayant = true, amc = 0m }))[0]);
        var quote = Id(await PostAsync(page, "/api/hn-quotes", new { patientId = patient, date = Today, label = "Drainage", amount = 90m }));
        var note = Id(await PostAsync(page, "/api/fee-notes", new { patientId = patient, date = Today, label = "Drainage", amount = 90m, hnQuoteId = quote }));
        return new Ids(patient, prescription, plan, invoice, quote, note);
    }

    private static async Task<JsonElement> PostAsync(IPage page, string url, object body)
    {
        var response = await page.Context.APIRequest.PostAsync(url, new APIRequestContextOptions { DataObject = body });
        Assert.True(response.Ok, $"{url} → {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }

    private static string Id(JsonElement e) => e.GetProperty("id").GetString()!;

    private sealed record Ids(string Patient, string Prescription, string Plan, string Invoice, string HnQuote, string FeeNote);
}
