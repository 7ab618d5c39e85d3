using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using static Cotakine.Web.Tests.Pages.PageKit;

namespace Cotakine.Web.Tests;

/// <summary>
/// Nothing billed twice (issue 15, items 1–3 and 6): 20 requests at once on one session, one invoice, one balance, on
/// SQLite and PostgreSQL. The database decides (the keys of <c>BilledSessions</c> and <c>InvoiceCancellations</c>, the
/// credit note's lock on the balance), the losers are answered 409 naming what exists, and a database that already
/// holds two credit notes for one invoice upgrades and still serves every page.
/// </summary>
public abstract class BillingRaceTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private const int Clients = 20;

    [Fact]
    public async Task Twenty_requests_invoicing_one_session_at_once_issue_one_invoice()
    {
        var client = await app.NewPracticeAsync();
        var session = (await SessionsAsync(client, 1))[0];

        var responses = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ =>
            client.PostAsJsonAsync("/api/invoices", new { sessionIds = new[] { session } })));

        var won = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var number = JsonNode.Parse(await won.Content.ReadAsStringAsync())!.AsArray()[0]!["number"]!.GetValue<string>();
        foreach (var lost in responses.Where(r => r != won))
        {
            var problem = await ConflictAsync(lost);
            Assert.Contains($"déjà facturée : facture {number}", problem["title"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Contains("sessionIds", problem["errors"]!.AsObject().Select(e => e.Key));
        }

        var invoices = (await client.GetFromJsonAsync<JsonArray>("/api/invoices"))!;
        Assert.Equal(number, Assert.Single(invoices)!["number"]!.GetValue<string>());
        Assert.Equal(1, await CountAsync(db => db.BilledSessions.CountAsync(b => b.SessionId == Guid.Parse(session))));
        // The numbers given back by the losers' rollbacks are reused: the next invoice follows without a gap.
        var next = (await SessionsAsync(client, 1))[0];
        Assert.Equal(NextNumber(number), (await PostJsonAsync(client, "/api/invoices", new { sessionIds = new[] { next } })).AsArray()[0]!["number"]!.GetValue<string>());
    }

    [Fact]
    public async Task Twenty_credit_notes_asked_at_once_cancel_the_invoice_once_and_every_page_still_answers()
    {
        var client = await app.NewPracticeAsync();
        var invoice = await InvoiceAsync(client);

        var responses = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ =>
            client.PostAsJsonAsync($"/api/invoices/{Id(invoice)}/credit-note", new { })));

        var won = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var credit = JsonNode.Parse(await won.Content.ReadAsStringAsync())!;
        foreach (var lost in responses.Where(r => r != won))
        {
            var problem = await ConflictAsync(lost);
            Assert.Equal($"facture déjà annulée par l'avoir {credit["number"]!.GetValue<string>()}", problem["title"]!.GetValue<string>());
            Assert.Equal(Id(credit), problem["existingInvoiceId"]!.GetValue<string>());
        }

        Assert.Equal(1, await CountAsync(db => db.Invoices.IgnoreQueryFilters().CountAsync(i => i.CreditedInvoiceId == Guid.Parse(Id(invoice)))));
        await AssertPagesAnswerAsync(client, Id(invoice));
    }

    [Fact]
    public async Task Payments_racing_a_credit_note_are_refused_once_it_is_issued_and_the_balance_stays_exact()
    {
        var client = await app.NewPracticeAsync();
        var invoice = await InvoiceAsync(client);
        var id = Guid.Parse(Id(invoice));

        // 20 payments of one cent by the patient, and the credit note in the middle of them.
        var payments = Enumerable.Range(0, Clients).Select(_ =>
            client.PostAsJsonAsync($"/api/invoices/{id}/payments", new { payer = "patient", amount = 0.01m })).ToList();
        var credit = client.PostAsJsonAsync($"/api/invoices/{id}/credit-note", new { });
        var answers = await Task.WhenAll(payments);
        Assert.Equal(HttpStatusCode.Created, (await credit).StatusCode);

        foreach (var refused in answers.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            var problem = await ConflictAsync(refused);
            Assert.Contains("annulée par un avoir", problem["title"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        // Every payment kept was counted before the cancellation; none is added after it.
        var kept = answers.Count(r => r.StatusCode == HttpStatusCode.Created);
        var balance = await BalanceAsync(id);
        Assert.Equal(InvoiceSettlement.Cancelled, balance.State);
        Assert.Equal(kept, balance.PatientPaidCents);
        Assert.Equal(kept, await CountAsync(db => db.Payments.IgnoreQueryFilters().CountAsync(p => p.InvoiceId == id)));
        var after = await client.PostAsJsonAsync($"/api/invoices/{id}/payments", new { payer = "patient", amount = 0.01m });
        Assert.Contains("cette facture est annulée par un avoir", (await ConflictAsync(after))["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(kept, await CountAsync(db => db.Payments.IgnoreQueryFilters().CountAsync(p => p.InvoiceId == id)));
    }

    [Fact]
    public async Task Twenty_clients_issuing_at_once_get_numbers_in_the_order_of_their_issue_instants()
    {
        var client = await app.NewPracticeAsync();
        var sessions = await SessionsAsync(client, Clients);
        app.Clock.AutoAdvanceAmount = TimeSpan.FromMilliseconds(1); // every reading of the clock a distinct instant
        try
        {
            var responses = await Task.WhenAll(sessions.Select(s => client.PostAsJsonAsync("/api/invoices", new { sessionIds = new[] { s } })));
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        }
        finally
        {
            app.Clock.AutoAdvanceAmount = TimeSpan.Zero;
        }

        var invoices = (await client.GetFromJsonAsync<JsonArray>("/api/invoices"))!
            .Select(i => (Number: i!["number"]!.GetValue<string>(), At: i["issuedAt"]!.GetValue<DateTimeOffset>())).ToList();
        Assert.Equal(Clients, invoices.Select(i => i.At).Distinct().Count());
        Assert.Equal(invoices.OrderBy(i => i.Number, StringComparer.Ordinal).Select(i => i.Number), invoices.OrderBy(i => i.At).Select(i => i.Number));
        Assert.Equal(Enumerable.Range(1, Clients).Select(n => $"2026-{n:D6}"), invoices.Select(i => i.Number).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_database_holding_two_credit_notes_for_one_invoice_upgrades_and_serves_every_page()
    {
        var client = await app.NewPracticeAsync();
        var invoice = await InvoiceAsync(client);
        var first = await PostJsonAsync(client, $"/api/invoices/{Id(invoice)}/credit-note", new { });
        var billedAgain = await InvoiceAsync(client); // a live billing to back-fill

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CotakineDbContext>();
        var migrator = db.GetService<IMigrator>();
        var previous = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_MoneyBillingConstraints", StringComparison.Ordinal)).Last();
        await migrator.MigrateAsync(previous);

        // What the races of the old version left: a second credit note for the same invoice, issued later.
        var original = await db.Invoices.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == Guid.Parse(Id(invoice)));
        var calendar = new PracticeCalendar(TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"), app.Clock);
        scope.ServiceProvider.GetRequiredService<CurrentActor>().PracticeId = original.PracticeId;
        var at = app.Clock.GetUtcNow().AddMinutes(5);
        var duplicate = original.CreditNote(new InvoiceNumber(2026, 900), at, calendar, []);
        db.Invoices.Add(duplicate);
        db.InvoiceBalances.Add(InvoiceBalance.Open(duplicate));
        await db.SaveChangesAsync();

        await migrator.MigrateAsync(); // must not fail on the duplicate
        await app.SignInAgainAsync(client); // going down dropped the later migrations' tables, the server-side sessions with them

        var links = await db.InvoiceCancellations.AsNoTracking().Where(c => c.InvoiceId == original.Id).ToListAsync();
        Assert.Equal(Id(first), Assert.Single(links).CreditNoteId.ToString());
        Assert.Equal(Id(billedAgain), (await db.BilledSessions.AsNoTracking().SingleAsync(b => b.SessionId == Guid.Parse(billedAgain["sessionIds"]![0]!.GetValue<string>()))).InvoiceId.ToString());
        await AssertPagesAnswerAsync(client, Id(invoice));
        await AssertPagesAnswerAsync(client, duplicate.Id.ToString());
        // And the invoice is still cancelled once: a third credit note is refused, naming the first.
        var third = await client.PostAsJsonAsync($"/api/invoices/{Id(invoice)}/credit-note", new { });
        Assert.Equal($"facture déjà annulée par l'avoir {first["number"]!.GetValue<string>()}", (await ConflictAsync(third))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_plan_page_asked_twice_to_invoice_a_session_answers_409_with_a_link_to_the_invoice()
    {
        var client = await app.NewPracticeAsync();
        var patient = await PatientAsync(client, "Double", "Clic");
        var prescription = await PostJsonAsync(client, "/api/prescriptions", new { patientId = patient, date = "2026-01-02", indication = "x", segment = "rachis", laterality = "not-applicable" });
        var plan = Id(await PostJsonAsync(client, "/api/plans", new { patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = "rao-rachis-dorsal", sessionCount = 4, startDate = "2026-01-05" }));
        var session = Id(await PostJsonAsync(client, $"/api/plans/{plan}/sessions", new { date = "2026-01-05", place = "cabinet" }));
        var fields = new KeyValuePair<string, string>[] { new("seance", session), new("tierspayant", "true") };

        var firstClick = await PostFormAsync(client, $"/plans/{plan}", fields, $"/plans/{plan}?handler=Facturer");
        Assert.Equal(HttpStatusCode.OK, firstClick.StatusCode); // redirected to the new invoice's page
        var invoiceUrl = firstClick.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/factures/", invoiceUrl, StringComparison.Ordinal);
        var invoice = await client.GetFromJsonAsync<JsonObject>("/api" + invoiceUrl.Replace("/factures/", "/invoices/", StringComparison.Ordinal));

        var secondClick = await PostFormAsync(client, $"/plans/{plan}", fields, $"/plans/{plan}?handler=Facturer");
        var html = System.Net.WebUtility.HtmlDecode(await secondClick.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, secondClick.StatusCode);
        Assert.Contains($"déjà facturée : facture {invoice!["number"]!.GetValue<string>()}", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{invoiceUrl}\"", html, StringComparison.Ordinal);
        Assert.Single((await client.GetFromJsonAsync<JsonArray>("/api/invoices"))!);
    }

    /// <summary>The invoice's page and PDF, the list (filtered to the patient too) and the journal answer 200.</summary>
    private static async Task AssertPagesAnswerAsync(HttpClient client, string invoiceId)
    {
        var invoice = (await client.GetFromJsonAsync<JsonObject>($"/api/invoices/{invoiceId}"))!;
        await PageAsync(client, $"/factures/{invoiceId}");
        var pdf = await client.GetAsync($"/factures/{invoiceId}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        await PageAsync(client, "/factures");
        await PageAsync(client, "/factures?statut=avoirs");
        await PageAsync(client, $"/factures?patient={invoice["patientId"]!.GetValue<string>()}");
        var export = await client.GetAsync("/api/exports/invoices?from=2026-01-01&to=2026-12-31");
        Assert.True(export.StatusCode == HttpStatusCode.OK, await export.Content.ReadAsStringAsync());
    }

    private static async Task<JsonNode> ConflictAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!;
    }

    private static string NextNumber(string number) => $"{number[..5]}{int.Parse(number[5..], System.Globalization.CultureInfo.InvariantCulture) + 1:D6}";

    /// <summary>A new patient's plan with <paramref name="count"/> recorded sessions.</summary>
    private static async Task<List<string>> SessionsAsync(HttpClient client, int count)
    {
        var patient = await PatientAsync(client, "Course", "Test");
        var prescription = await PostJsonAsync(client, "/api/prescriptions", new { patientId = patient, date = "2026-01-02", indication = "x", segment = "rachis", laterality = "not-applicable" });
        var plan = await PostJsonAsync(client, "/api/plans", new { patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = "rao-rachis-dorsal", sessionCount = Math.Max(count, 2), startDate = "2026-01-05" });
        var sessions = new List<string>();
        for (var s = 0; s < count; s++)
        {
            sessions.Add(Id(await PostJsonAsync(client, $"/api/plans/{Id(plan)}/sessions", new { date = new DateOnly(2026, 1, 5).AddDays(s).ToString("yyyy-MM-dd"), place = "cabinet" })));
        }

        return sessions;
    }

    private static async Task<JsonNode> InvoiceAsync(HttpClient client) =>
        (await PostJsonAsync(client, "/api/invoices", new { sessionIds = await SessionsAsync(client, 1), tiersPayant = true })).AsArray()[0]!;

    private async Task<T> CountAsync<T>(Func<CotakineDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CotakineDbContext>();
        return await query(db);
    }

    private async Task<InvoiceBalance> BalanceAsync(Guid id) =>
        await CountAsync(db => db.InvoiceBalances.IgnoreQueryFilters().AsNoTracking().SingleAsync(b => b.InvoiceId == id));
}

public sealed class SqliteBillingRaceTests(SqliteAppFactory app) : BillingRaceTests<SqliteAppFactory>(app);

public sealed class PostgresBillingRaceTests(PostgresAppFactory app) : BillingRaceTests<PostgresAppFactory>(app);
