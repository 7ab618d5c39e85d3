using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cotakine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cotakine.Web.Tests.TestApi;

namespace Cotakine.Web.Tests;

/// <summary>The practice workflow through the HTTP API, on a real database; run once per provider by the subclasses.</summary>
public abstract partial class PracticeWorkflowTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    protected TFactory App { get; } = app;

    [Fact]
    public async Task Full_treatment_from_prescription_to_paid_invoice()
    {
        var client = await App.NewPracticeAsync();
        var patient = await CreatePatientAsync(client);
        var prescription = await PostAsync(client, "/api/prescriptions", new
        {
            patientId = patient, date = "2026-02-20", prescriberName = "Dr Leroy", prescriberRpps = "10009876543", prescriberAmNumber = "751111111",
            indication = "Rééducation après méniscectomie", segment = "genou", laterality = "right", sessionCount = 3,
        });
        // Source: CPAM memo (seed 004), ngap-facts §K.1 — every mention present, nothing missing.
        Assert.Empty(prescription["missingMentions"]!.AsArray());
        var plan = await PostAsync(client, "/api/plans", new
        {
            patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = "ric-meniscectomie", sessionCount = 3, startDate = "2026-02-23",
        });
        var sessions = new List<string>();
        foreach (var day in new[] { "2026-02-23", "2026-02-25", "2026-02-27" })
        {
            var session = await PostAsync(client, $"/api/plans/{Id(plan)}/sessions", new { date = day, time = "09:30", place = "cabinet" });
            Assert.NotEmpty(session["lines"]!.AsArray());
            sessions.Add(Id(session));
        }

        var issued = (await PostAsync(client, "/api/invoices", new { sessionIds = sessions, grouped = true, tiersPayant = true, amc = 10.00m })).AsArray();
        var invoice = Assert.Single(issued)!;
        Assert.Equal("2026-000001", invoice["number"]!.GetValue<string>());
        var total = invoice["total"]!.GetValue<decimal>();
        var amo = invoice["amo"]!.GetValue<decimal>();
        Assert.Equal(total, amo + invoice["amc"]!.GetValue<decimal>() + invoice["patient"]!.GetValue<decimal>());
        Assert.Equal(10.00m, invoice["amc"]!.GetValue<decimal>());
        Assert.False(invoice["paid"]!.GetValue<bool>());

        await PostAsync(client, $"/api/invoices/{Id(invoice)}/payments", new { payer = "amo", amount = amo, date = "2026-03-10" });
        await PostAsync(client, $"/api/invoices/{Id(invoice)}/payments", new { payer = "amc", amount = 10.00m, date = "2026-03-12" });
        var paid = await PostAsync(client, $"/api/invoices/{Id(invoice)}/payments", new { payer = "patient", amount = invoice["patient"]!.GetValue<decimal>() });
        Assert.True(paid["paid"]!.GetValue<bool>());

        // A payment beyond what the payer owes is refused, naming the field.
        var over = await client.PostAsJsonAsync($"/api/invoices/{Id(invoice)}/payments", new { payer = "amo", amount = 1m });
        await AssertProblemAsync(over, "amount");

        var audit = await client.GetFromJsonAsync<JsonArray>($"/api/audit?entity=Invoice&entityId={Id(invoice)}");
        Assert.Single(audit!);
        var payments = await client.GetFromJsonAsync<JsonArray>("/api/audit?entity=Payment");
        Assert.Equal(3, payments!.Count);
        Assert.All(payments, p => Assert.StartsWith("kine", p!["actor"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dap_threshold_blocks_billing_until_agreed_or_tacitly_agreed()
    {
        var client = await App.NewPracticeAsync();
        var patient = await CreatePatientAsync(client);
        var prescription = await PostAsync(client, "/api/prescriptions", new
        {
            patientId = patient, date = "2026-02-20", prescriberName = "Dr A", prescriberRpps = "10009876543", prescriberAmNumber = "751111111",
            indication = "Canal carpien opéré", segment = "poignet", laterality = "left",
        });
        // Source: acts.json rsc-canal-carpien, sessionsBeforeDap = 0 (DAP before the first session).
        var plan = await PostAsync(client, "/api/plans", new
        {
            patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = "rsc-canal-carpien", sessionCount = 2, startDate = "2026-02-23",
        });
        Assert.Equal("blocked", plan["nextSession"]!.GetValue<string>());
        Assert.NotNull(plan["dapDocument"]);
        // A session past the threshold without agreement is not recorded (the page refuses it the same way): field « dap ».
        await AssertProblemAsync(await client.PostAsJsonAsync($"/api/plans/{Id(plan)}/sessions", new { date = "2026-02-24", place = "cabinet" }), "dap");

        // Sent today (the fake clock starts on 2026-03-02 and only moves forward): still refused; agreed expressly: recorded and billable.
        await PostAsync(client, $"/api/plans/{Id(plan)}/dap", new { status = "sent" }, HttpStatusCode.OK);
        await AssertProblemAsync(await client.PostAsJsonAsync($"/api/plans/{Id(plan)}/sessions", new { date = "2026-03-02", place = "cabinet" }), "dap");
        await PostAsync(client, $"/api/plans/{Id(plan)}/dap", new { status = "agreed" }, HttpStatusCode.OK);
        var s1 = await PostAsync(client, $"/api/plans/{Id(plan)}/sessions", new { date = "2026-03-02", place = "cabinet" });
        Assert.Equal("billable", s1["cover"]!.GetValue<string>());
        Assert.Single((await PostAsync(client, "/api/invoices", new { sessionIds = new[] { Id(s1) } })).AsArray());

        // A second plan: DAP sent, no answer — tacitly agreed after dap.tacitAgreementDays = 15 (rules.json, CSS D.315-5).
        var plan2 = await PostAsync(client, "/api/plans", new
        {
            patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = "rsc-canal-carpien", sessionCount = 1, startDate = "2026-02-23",
        });
        var sent = await PostAsync(client, $"/api/plans/{Id(plan2)}/dap", new { status = "sent", date = "2026-03-02" }, HttpStatusCode.OK);
        Assert.Equal("sent", sent["dapStatus"]!.GetValue<string>());
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero)); // day 14: still waiting
        await AssertProblemAsync(await client.PostAsJsonAsync($"/api/plans/{Id(plan2)}/sessions", new { date = "2026-03-16", place = "cabinet" }), "dap");
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 17, 9, 0, 0, TimeSpan.Zero)); // day 15: tacitly agreed
        var planNow = await client.GetFromJsonAsync<JsonObject>($"/api/plans/{Id(plan2)}");
        Assert.Equal("tacitly-agreed", planNow!["dapStatus"]!.GetValue<string>());
        var s2 = await PostAsync(client, $"/api/plans/{Id(plan2)}/sessions", new { date = "2026-03-17", place = "cabinet" });
        Assert.Single((await PostAsync(client, "/api/invoices", new { sessionIds = new[] { Id(s2) } })).AsArray());
    }

    [Fact]
    public async Task A_c2s_patient_pays_nothing_the_amo_its_rate_and_the_c2s_the_rest()
    {
        // Source: ameli, « Complémentaire santé solidaire » (AMELI-C2S): the AMO pays its usual rate (60 % in general),
        // the C2S the rest of the tariff, the patient nothing (contract 1.1, `c2s` share). RAO 7.48 cabinet = 16,53 €.
        var client = await App.NewPracticeAsync();
        var patient = Id(await PostAsync(client, "/api/patients", new { lastName = "Solidaire", firstName = "Jean", coverage = "c2s", regime = "general" }));
        var prescription = await PostAsync(client, "/api/prescriptions", new { patientId = patient, date = "2026-01-02", indication = "x", segment = "rachis", laterality = "not-applicable" });
        var plan = await PostAsync(client, "/api/plans", new { patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = "rao-rachis-dorsal", sessionCount = 2, startDate = "2026-01-05" });
        var session = await PostAsync(client, $"/api/plans/{Id(plan)}/sessions", new { date = "2026-01-06", place = "cabinet" });
        var invoice = (await PostAsync(client, "/api/invoices", new { sessionIds = new[] { Id(session) }, tiersPayant = true })).AsArray()[0]!;
        var total = invoice["total"]!.GetValue<decimal>();
        var amo = invoice["amo"]!.GetValue<decimal>();
        Assert.Equal(Cotakine.Money.MoneyRounding.ToCent(total * 0.6m), amo);
        Assert.Equal(total - amo, invoice["amc"]!.GetValue<decimal>());
        Assert.Equal(0m, invoice["patient"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Credit_note_cancels_an_invoice_with_the_next_number_and_frees_its_session()
    {
        var client = await App.NewPracticeAsync();
        var (plan, _) = await OpenPlanAsync(client, "rao-rachis-dorsal", 2);
        var session = await PostAsync(client, $"/api/plans/{plan}/sessions", new { date = "2026-02-24", place = "domicile", travelKm = 3.5m, sameAgglomeration = false });
        var invoice = (await PostAsync(client, "/api/invoices", new { sessionIds = new[] { Id(session) } })).AsArray()[0]!;
        var credit = await PostAsync(client, $"/api/invoices/{Id(invoice)}/credit-note", new { });
        Assert.Equal("credit-note", credit["kind"]!.GetValue<string>());
        Assert.Equal(Id(invoice), credit["creditedInvoiceId"]!.GetValue<string>());
        Assert.Equal(-invoice["total"]!.GetValue<decimal>(), credit["total"]!.GetValue<decimal>());
        Assert.Equal("2026-000002", credit["number"]!.GetValue<string>());
        await AssertConflictAsync(await client.PostAsJsonAsync($"/api/invoices/{Id(invoice)}/credit-note", new { }), "id");

        // A cancelled invoice is no longer owed: no payment is recorded on it (same rule as the invoices page).
        await AssertConflictAsync(await client.PostAsJsonAsync($"/api/invoices/{Id(invoice)}/payments", new { payer = "patient", amount = 1m }), "id");

        // The session can be billed again, on a new number; the original invoice is unchanged.
        var again = (await PostAsync(client, "/api/invoices", new { sessionIds = new[] { Id(session) } })).AsArray()[0]!;
        Assert.Equal("2026-000003", again["number"]!.GetValue<string>());
        var original = await client.GetFromJsonAsync<JsonObject>($"/api/invoices/{Id(invoice)}");
        Assert.Equal(invoice["total"]!.GetValue<decimal>(), original!["total"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Concurrent_issuing_numbers_without_gap_or_duplicate()
    {
        const int count = 40;
        var client = await App.NewPracticeAsync();
        var (plan, _) = await OpenPlanAsync(client, "rao-rachis-dorsal", count);
        var sessions = new List<string>();
        for (var i = 0; i < count; i++)
        {
            sessions.Add(Id(await PostAsync(client, $"/api/plans/{plan}/sessions", new { date = new DateOnly(2026, 1, 5).AddDays(i), place = "cabinet" })));
        }

        // Many issuing requests at once, each its own transaction.
        var responses = await Task.WhenAll(sessions.Select(s => client.PostAsJsonAsync("/api/invoices", new { sessionIds = new[] { s } })));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var invoices = await client.GetFromJsonAsync<JsonArray>("/api/invoices");
        var numbers = invoices!.Select(i => i!["number"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, count).Select(n => $"2026-{n:D6}"), numbers);
    }

    [Fact]
    public async Task A_user_of_practice_A_cannot_read_or_change_practice_B_data()
    {
        var a = await App.NewPracticeAsync();
        var b = await App.NewPracticeAsync();
        var (planA, patientA) = await OpenPlanAsync(a, "rao-rachis-dorsal", 2);
        var sessionA = await PostAsync(a, $"/api/plans/{planA}/sessions", new { date = "2026-02-24", place = "cabinet" });
        var invoiceA = (await PostAsync(a, "/api/invoices", new { sessionIds = new[] { Id(sessionA) } })).AsArray()[0]!;

        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/patients/{patientA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/plans/{planA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/invoices/{Id(invoiceA)}")).StatusCode);
        Assert.Empty((await b.GetFromJsonAsync<JsonArray>("/api/patients"))!);
        Assert.Empty((await b.GetFromJsonAsync<JsonArray>("/api/invoices"))!);
        // B's log holds only B's own opening (practice, practitioner), nothing of A.
        var practiceB = (await b.GetFromJsonAsync<JsonObject>("/api/account/me"))!["practiceId"]!.GetValue<string>();
        Assert.All((await b.GetFromJsonAsync<JsonArray>("/api/audit"))!, e => Assert.Equal(practiceB, e!["practiceId"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await b.PutAsJsonAsync($"/api/patients/{patientA}", new { lastName = "Pirate", firstName = "X", coverage = "standard" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsJsonAsync($"/api/invoices/{Id(invoiceA)}/credit-note", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsJsonAsync($"/api/invoices/{Id(invoiceA)}/payments", new { payer = "amo", amount = 1m })).StatusCode);
        await AssertProblemAsync(await b.PostAsJsonAsync("/api/prescriptions", new { patientId = patientA }), "patientId");
        await AssertProblemAsync(await b.PostAsJsonAsync("/api/invoices", new { sessionIds = new[] { Id(sessionA) } }), "sessionIds");

        var stillA = await a.GetFromJsonAsync<JsonObject>($"/api/patients/{patientA}");
        Assert.Equal("Durand", stillA!["lastName"]!.GetValue<string>());
        Assert.Empty((await a.GetFromJsonAsync<JsonObject>($"/api/invoices/{Id(invoiceA)}"))!["payments"]!.AsArray());

        // Without a login, nothing but the public routes.
        var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/patients")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Theory]
    [InlineData("/api/patients", """{"firstName":"A","coverage":"standard"}""", "lastName")]
    [InlineData("/api/patients", """{"lastName":"A","firstName":"B","coverage":"at-mp"}""", "atMpDate")]
    [InlineData("/api/patients", """{"lastName":"A","firstName":"B","coverage":"bogus"}""", "coverage")]
    [InlineData("/api/patients", """{"lastName":"A","firstName":"B","coverage":"standard","birthDate":"31/02/1990"}""", "birthDate")]
    [InlineData("/api/prescriptions", """{"patientId":"00000000-0000-0000-0000-000000000001"}""", "patientId")]
    [InlineData("/api/plans", """{"origin":"direct-access","actId":"rao-rachis-dorsal","sessionCount":9}""", "sessionCount")]
    [InlineData("/api/plans", """{"origin":"prescription","actId":"nope","sessionCount":2}""", "actId")]
    [InlineData("/api/invoices", """{"sessionIds":[]}""", "sessionIds")]
    [InlineData("/api/fee-notes", """{"date":"2026-03-01","label":"Drainage esthétique","amount":80}""", "hnQuoteId")]
    [InlineData("/api/account/secretaries", """{"password":"Secret-Secr-42"}""", "email")]
    [InlineData("/api/account/secretaries", """{"email":"s@example.fr","password":"court"}""", "password")]
    [InlineData("/api/practice/practitioners", """{"rpps":"123","amNumber":"751234567","lastName":"A","firstName":"B"}""", "rpps")]
    public async Task Bad_input_is_a_400_problem_naming_the_field_and_writes_nothing(string url, string json, string field)
    {
        var client = await App.NewPracticeAsync();
        var before = await CountRowsAsync();
        var response = await client.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        await AssertProblemAsync(response, field);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task A_batch_with_one_bad_session_issues_nothing()
    {
        var client = await App.NewPracticeAsync();
        var (plan, _) = await OpenPlanAsync(client, "rao-rachis-dorsal", 2);
        var good = await PostAsync(client, $"/api/plans/{plan}/sessions", new { date = "2026-02-24", place = "cabinet" });
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/invoices", new { sessionIds = new[] { Id(good), Guid.NewGuid().ToString() } }), "sessionIds");
        Assert.Empty((await client.GetFromJsonAsync<JsonArray>("/api/invoices"))!);
    }

    private async Task<int> CountRowsAsync()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CotakineDbContext>();
        return await db.Patients.IgnoreQueryFilters().CountAsync() + await db.Prescriptions.IgnoreQueryFilters().CountAsync()
            + await db.Plans.IgnoreQueryFilters().CountAsync() + await db.Invoices.IgnoreQueryFilters().CountAsync()
            + await db.FeeNotes.IgnoreQueryFilters().CountAsync() + await db.Practitioners.IgnoreQueryFilters().CountAsync()
            + await db.AuditLog.IgnoreQueryFilters().CountAsync();
    }
}

public sealed class SqlitePracticeWorkflowTests(SqliteAppFactory app) : PracticeWorkflowTests<SqliteAppFactory>(app);

public sealed class PostgresPracticeWorkflowTests(PostgresAppFactory app) : PracticeWorkflowTests<PostgresAppFactory>(app);
