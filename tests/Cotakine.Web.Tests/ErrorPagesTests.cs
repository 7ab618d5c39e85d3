using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Patients;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Cotakine.Web.Tests.Pages.PageKit;

namespace Cotakine.Web.Tests;

/// <summary>
/// A browser asking a page gets a French page in the site's frame for 404 (unknown page or another practice's record),
/// 403, 405 and an unexpected 500, which shows a reference and the trace id but never the exception; the API keeps its
/// RFC 9457 problems. The 500s are forced by a test-only failing service (<see cref="PracticeCalendar"/>, <see cref="SessionQuoter"/>)
/// registered in a copy of the test app, never by a production endpoint.
/// </summary>
public abstract partial class ErrorPagesTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private const string Secret = "Détail-interne-secret-7731";

    [Fact]
    public async Task Pages_not_found_refused_or_not_allowed_are_french_pages_in_the_site_frame_and_the_api_keeps_problems()
    {
        var client = Browser(await app.NewPracticeAsync());

        // An unknown page, from a page of the site: French, the site's frame, a way back, the security headers.
        var unknown = new HttpRequestMessage(HttpMethod.Get, "/pas-une-page");
        unknown.Headers.Referrer = new Uri(client.BaseAddress!, "/factures?statut=impayees");
        var response = await client.SendAsync(unknown);
        var html = await HtmlAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("<h1>Page introuvable</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/factures?statut=impayees\" id=\"page-precedente\">Revenir à la page précédente</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/\" id=\"retour-journee\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"praticien\"", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());

        // The same navigation as every page of the site (_Layout.cshtml), link for link.
        Assert.Equal(NavLinks(await PageAsync(client, "/")), NavLinks(html));

        // A record that does not exist, or belongs to another practice.
        var other = await app.NewPracticeAsync();
        var foreignPatient = await PatientAsync(other, "Étrangère", "Ninon");
        foreach (var url in new[] { $"/patients/{foreignPatient}", $"/factures/{Guid.NewGuid()}", $"/plans/{Guid.NewGuid()}" })
        {
            var notFound = await HtmlAsync(await client.GetAsync(url), HttpStatusCode.NotFound);
            Assert.Contains("Page introuvable", notFound, StringComparison.Ordinal);
            Assert.DoesNotContain("Étrangère", notFound, StringComparison.Ordinal);
        }

        // 405: a form sent to a page that takes none.
        var post = await PostFormAsync(client, "/patients", [new("q", "x")]);
        var notAllowed = await HtmlAsync(post, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("<h1>Action impossible sur cette page</h1>", notAllowed, StringComparison.Ordinal);

        // 403: the secretary's forged post of clinical notes.
        var kine = Browser(await app.NewPracticeAsync());
        var patient = await PatientAsync(kine);
        var prescription = await PostJsonAsync(kine, "/api/prescriptions", new { patientId = patient, date = "2026-02-01", indication = "x", segment = "genou", laterality = "right" });
        var plan = Id(await PostJsonAsync(kine, "/api/plans", new { patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = "ric-ptg", sessionCount = 10, startDate = "2026-02-23" }));
        var email = $"secretaire-{Guid.NewGuid():N}@example.fr";
        await PostJsonAsync(kine, "/api/account/secretaries", new { email, password = "Secret-Secr-42" });
        var secretary = Browser(app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }));
        Assert.True((await secretary.PostAsJsonAsync("/api/account/login", new { email, password = "Secret-Secr-42" })).IsSuccessStatusCode);
        var forged = await PostFormAsync(secretary, $"/plans/{plan}", [new("notes", "effacé")], $"/plans/{plan}?handler=Notes");
        var refused = await HtmlAsync(forged, HttpStatusCode.Forbidden);
        Assert.Contains("<h1>Accès refusé</h1>", refused, StringComparison.Ordinal);

        // The API: RFC 9457 problems, even when the client says it takes HTML.
        foreach (var url in new[] { $"/api/patients/{foreignPatient}", "/api/pas-une-route" })
        {
            var api = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
            Assert.Equal(404, JsonNode.Parse(await api.Content.ReadAsStringAsync())!["status"]!.GetValue<int>());
        }

        var forbiddenApi = await secretary.PutAsJsonAsync($"/api/plans/{plan}/clinical-notes", new { notes = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, forbiddenApi.StatusCode);
        Assert.Equal("application/problem+json", forbiddenApi.Content.Headers.ContentType?.MediaType);

        // A client that does not ask for HTML (scripts, curl) keeps a problem on pages too.
        var script = await app.NewPracticeAsync();
        var plain = await script.GetAsync("/pas-une-page");
        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
        Assert.Equal("application/problem+json", plain.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unexpected_error_shows_a_reference_and_the_trace_never_the_exception_and_says_whether_anything_was_saved()
    {
        _ = await app.NewPracticeAsync(); // the database is migrated and seeded before the failing copy starts
        var logs = new ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Error)>();
        using var failing = app.WithWebHostBuilder(b =>
        {
            b.ConfigureLogging(l => l.AddProvider(new CapturingLoggerProvider(logs)));
            b.ConfigureTestServices(services =>
            {
                services.AddHttpContextAccessor();
                services.AddScoped<PracticeCalendar>(FailingClock);
                services.AddSingleton<SessionQuoter>(_ => _ => throw new InvalidOperationException(Secret));
            });
        });

        // A page whose service fails before anything is written.
        var anonymous = Browser(failing.CreateClient());
        var response = await anonymous.GetAsync("/coter");
        var html = await HtmlAsync(response, HttpStatusCode.InternalServerError);
        Assert.Contains("<h1>Une erreur inattendue s'est produite</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Rien n'a été enregistré : la requête a échoué avant la fin de son enregistrement", html, StringComparison.Ordinal);
        var reference = ReferenceRegex().Match(html);
        Assert.True(reference.Success, html);
        var trace = TraceRegex().Match(html);
        Assert.True(trace.Success && trace.Groups[1].Value.Length >= 8, html);
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<nav aria-label=\"Navigation principale\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/connexion\" id=\"connexion-lien\"", html, StringComparison.Ordinal);

        // The reference leads support to the exception in the log, with the trace id.
        var line = Assert.Single(logs, l => l.Category == "Cotakine.Web.Errors" && l.Message.Contains(reference.Groups[1].Value, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Error, line.Level);
        Assert.Contains(trace.Groups[1].Value, line.Message, StringComparison.Ordinal);
        Assert.Equal(Secret, line.Error?.Message);
        Assert.NotEqual(reference.Groups[1].Value, ReferenceRegex().Match(await (await anonymous.GetAsync("/coter")).Content.ReadAsStringAsync()).Groups[1].Value);

        // Failing in the middle of a write: one transaction, so nothing of it is kept, and the page says so.
        var kine = Browser(await RegisterAsync(failing));
        var during = await HtmlAsync(await SendAsync(kine, "/coter", "pendant"), HttpStatusCode.InternalServerError);
        Assert.Contains("Rien n'a été enregistré", during, StringComparison.Ordinal);
        // Failing after the write was done: the page says it was recorded, so the kiné checks before doing it again.
        var after = await HtmlAsync(await SendAsync(kine, "/coter", "apres"), HttpStatusCode.InternalServerError);
        Assert.Contains("L'enregistrement demandé a été fait avant l'erreur.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Rien n'a été enregistré", after, StringComparison.Ordinal);
        var names = (await kine.GetFromJsonAsync<JsonArray>("/api/patients?q=panne"))!.Select(p => p!["firstName"]!.GetValue<string>()).ToList();
        Assert.Equal(["Apres"], names);

        // The API keeps a problem, without the exception either.
        var api = await failing.CreateClient().PostAsJsonAsync("/api/quote", new { date = "2026-03-02", department = "75", place = "cabinet", acts = new[] { "RIC 8.08" } });
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(Secret, await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The test-only failing service: the clock of the « Coter » page. Header <c>X-Test-Panne</c>: <c>pendant</c> writes two
    /// patients of which the second breaks a NOT NULL constraint in the same SaveChanges, <c>apres</c> writes one then fails;
    /// without it, it just fails.
    /// </summary>
    private static PracticeCalendar FailingClock(IServiceProvider services)
    {
        var mode = services.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Headers["X-Test-Panne"].ToString();
        var db = services.GetRequiredService<CotakineDbContext>();
        var practice = services.GetRequiredService<CurrentActor>().PracticeId;
        if (mode == "pendant")
        {
            db.Patients.Add(new Patient { Id = Guid.NewGuid(), PracticeId = practice!.Value, LastName = "Panne", FirstName = "Pendant" });
            db.Patients.Add(new Patient { Id = Guid.NewGuid(), PracticeId = practice!.Value, LastName = null!, FirstName = "Invalide" });
            db.SaveChanges();
        }
        else if (mode == "apres")
        {
            db.Patients.Add(new Patient { Id = Guid.NewGuid(), PracticeId = practice!.Value, LastName = "Panne", FirstName = "Apres" });
            db.SaveChanges();
        }

        throw new InvalidOperationException(Secret);
    }

    private static HttpClient Browser(HttpClient client)
    {
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml");
        return client;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string mode)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Test-Panne", mode);
        return client.SendAsync(request);
    }

    private static async Task<HttpClient> RegisterAsync(WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/account/register", new
        {
            email = $"panne-{Guid.NewGuid():N}@example.fr", password = "Secret-Kine-42", practiceName = "Cabinet Panne", department = "75", zone = "plaine",
            address = "2 rue X", rpps = $"{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}", amNumber = "751234567", lastName = "Kiné", firstName = "Panne",
        });
        response.EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<string> HtmlAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri} → {(int)response.StatusCode} {html}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains($"{CotakineWebApp.AssetsPath}/cotakine.css", html, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        return WebUtility.HtmlDecode(html);
    }

    private static List<string> NavLinks(string html)
    {
        var nav = NavRegex().Match(html);
        Assert.True(nav.Success, "pas de navigation principale");
        return LinkRegex().Matches(nav.Groups[1].Value).Select(m => m.Groups[1].Value + " " + m.Groups[2].Value).ToList();
    }

    [GeneratedRegex("<nav aria-label=\"Navigation principale\">(.*?)</nav>", RegexOptions.Singleline)]
    private static partial Regex NavRegex();

    [GeneratedRegex("<a href=\"([^\"]+)\"[^>]*>([^<]+)</a>")]
    private static partial Regex LinkRegex();

    [GeneratedRegex("id=\"reference-erreur\">([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})<")]
    private static partial Regex ReferenceRegex();

    [GeneratedRegex("id=\"trace-erreur\">([^<]+)<")]
    private static partial Regex TraceRegex();

    private sealed class CapturingLoggerProvider(ConcurrentQueue<(LogLevel, string, string, Exception?)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, logs);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<(LogLevel, string, string, Exception?)> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Enqueue((logLevel, category, formatter(state, exception), exception));
        }
    }
}

public sealed class SqliteErrorPagesTests(SqliteAppFactory app) : ErrorPagesTests<SqliteAppFactory>(app);

public sealed class PostgresErrorPagesTests(PostgresAppFactory app) : ErrorPagesTests<PostgresAppFactory>(app);
