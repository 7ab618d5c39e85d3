using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Cotakine.Web.Tests.TestApi;

namespace Cotakine.Web.Tests;

/// <summary>Billing safety, plans and roles through the HTTP API (same fixtures, so run on SQLite and PostgreSQL).</summary>
public abstract partial class PracticeWorkflowTests<TFactory>
{
    [Fact]
    public async Task A_session_whose_quote_has_an_error_is_kept_with_its_issues_and_cannot_be_invoiced()
    {
        var client = await App.NewPracticeAsync();
        // A supplement billed alone: the engine's CUMUL_NOT_ALLOWED error (NGAP Titre XIV, article 7 — « jamais seul »).
        var (plan, _) = await OpenPlanAsync(client, "rav-bandage-un-membre", 2);
        var session = await PostAsync(client, $"/api/plans/{plan}/sessions", new { date = "2026-02-24", place = "cabinet" });
        var stored = (await client.GetFromJsonAsync<JsonObject>($"/api/plans/{plan}"))!["sessions"]!.AsArray().Single()!;
        Assert.Contains(stored["issues"]!.AsArray(), i => i!["severity"]!.GetValue<string>() == "error" && i["rule"]!.GetValue<string>() == "CUMUL_NOT_ALLOWED");

        var response = await client.PostAsJsonAsync("/api/invoices", new { sessionIds = new[] { Id(session) } });
        await AssertProblemAsync(response, "sessionIds");
        var message = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["sessionIds"]![0]!.GetValue<string>();
        Assert.Contains("séance 1 du 24/02/2026 ne peut être facturée", message, StringComparison.Ordinal);
        Assert.Empty((await client.GetFromJsonAsync<JsonArray>("/api/invoices"))!);
    }

    [Fact]
    public async Task Thirty_reimbursed_sessions_in_twelve_months_raise_the_dap_threshold_to_thirty()
    {
        // Source: ngap-facts §D.1 and table row RAM 7.49 « lombalgie commune » — DAP from the 16th session, or from the
        // 31st when 30 sessions for the same indication were reimbursed over the previous 12 months (15/30 rule).
        var client = await App.NewPracticeAsync();
        var patient = await CreatePatientAsync(client);
        var prescription = Id(await PostAsync(client, "/api/prescriptions", new { patientId = patient, date = "2026-01-02", indication = "lombalgie", segment = "rachis", laterality = "not-applicable" }));
        var first = Id(await PostAsync(client, "/api/plans", new { patientId = patient, prescriptionId = prescription, origin = "prescription", actId = "ram-lombalgie-commune", sessionCount = 30, startDate = "2026-01-05" }));
        await PostAsync(client, $"/api/plans/{first}/dap", new { status = "sent", date = "2026-01-05" }, HttpStatusCode.OK);
        await PostAsync(client, $"/api/plans/{first}/dap", new { status = "agreed", date = "2026-01-06" }, HttpStatusCode.OK);
        var sessions = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            sessions.Add(Id(await PostAsync(client, $"/api/plans/{first}/sessions", new { date = new DateOnly(2026, 1, 5).AddDays(i), place = "cabinet" })));
        }

        // A plan opened before the first series is billed: threshold 15 at opening, raised once the 30 are reimbursed.
        var early = await PostAsync(client, "/api/plans", new { patientId = patient, prescriptionId = prescription, origin = "prescription", actId = "ram-lombalgie-commune", sessionCount = 16, startDate = "2026-02-16" });
        Assert.Equal(15, early["dapThreshold"]!.GetValue<int>());
        await PostAsync(client, "/api/invoices", new { sessionIds = sessions, grouped = true });
        await PostAsync(client, $"/api/plans/{Id(early)}/sessions", new { date = "2026-02-16", place = "cabinet" });
        Assert.Equal(30, (await client.GetFromJsonAsync<JsonObject>($"/api/plans/{Id(early)}"))!["dapThreshold"]!.GetValue<int>());

        var second = await PostAsync(client, "/api/plans", new { patientId = patient, prescriptionId = prescription, origin = "prescription", actId = "ram-lombalgie-commune", sessionCount = 16, startDate = "2026-02-10" });
        Assert.Equal(30, second["dapThreshold"]!.GetValue<int>());
        JsonNode? last = null;
        for (var i = 0; i < 16; i++)
        {
            last = await PostAsync(client, $"/api/plans/{Id(second)}/sessions", new { date = new DateOnly(2026, 2, 10).AddDays(i), place = "cabinet" });
        }

        // Session 16 is past 15 but within 30: no DAP error from the engine, billable.
        Assert.Equal(16, last!["number"]!.GetValue<int>());
        Assert.DoesNotContain(last["issues"]!.AsArray(), i => i!["rule"]!.GetValue<string>() == "DAP_REQUIRED" && i["severity"]!.GetValue<string>() == "error");
        Assert.Equal("billable", last["cover"]!.GetValue<string>());
        Assert.Single((await PostAsync(client, "/api/invoices", new { sessionIds = new[] { Id(last) } })).AsArray());
    }

    [Fact]
    public async Task Direct_access_is_capped_per_patient_and_episode_across_plans()
    {
        // Source: ngap-facts §K.3 (avenant 7) — 8 sessions at most per 3-month episode without prior diagnosis.
        var client = await App.NewPracticeAsync();
        var patient = await CreatePatientAsync(client);
        await PostAsync(client, "/api/plans", new { patientId = patient, origin = "direct-access", actId = "rao-rachis-dorsal", sessionCount = 5, startDate = "2026-01-05" });
        var over = await client.PostAsJsonAsync("/api/plans", new { patientId = patient, origin = "direct-access", actId = "rao-rachis-dorsal", sessionCount = 4, startDate = "2026-02-01" });
        await AssertProblemAsync(over, "sessionCount");
        Assert.Contains("5 déjà prévues", await over.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await PostAsync(client, "/api/plans", new { patientId = patient, origin = "direct-access", actId = "rao-rachis-dorsal", sessionCount = 3, startDate = "2026-02-01" });
        // A new episode after 3 months: the cap starts again.
        await PostAsync(client, "/api/plans", new { patientId = patient, origin = "direct-access", actId = "rao-rachis-dorsal", sessionCount = 8, startDate = "2026-04-05" });
        // Another patient is not affected.
        var other = await CreatePatientAsync(client);
        await PostAsync(client, "/api/plans", new { patientId = other, origin = "direct-access", actId = "rao-rachis-dorsal", sessionCount = 8, startDate = "2026-02-01" });
    }

    [Fact]
    public async Task A_renewal_records_the_renewal_prescriber_id_and_the_plan_tracks_the_next_bilan()
    {
        var client = await App.NewPracticeAsync();
        var patient = await CreatePatientAsync(client);
        var prescription = Id(await PostAsync(client, "/api/prescriptions", new { patientId = patient, date = "2025-06-02", indication = "x", segment = "rachis", laterality = "not-applicable" }));
        var plan = await PostAsync(client, "/api/plans", new { patientId = patient, prescriptionId = prescription, origin = "renewal", actId = "rao-rachis-dorsal", sessionCount = 12, startDate = "2026-01-05" });
        // Source: ngap-facts §K.2 (kine-web.com, confidence unsure — « à vérifier »), rules.json renewal.prescriberId.
        Assert.Equal("291991123", plan["renewalPrescriberId"]!.GetValue<string>());
        // Source: ngap-facts §R.2 a / acts.json bilan cadence — the BDK is due at the first session.
        Assert.Equal(1, plan["nextBilan"]!["session"]!.GetValue<int>());
        Assert.True(plan["nextBilan"]!["dueAtNextSession"]!.GetValue<bool>());
        await PostAsync(client, $"/api/plans/{Id(plan)}/sessions", new { date = "2026-01-05", place = "cabinet" });
        var after = await client.GetFromJsonAsync<JsonObject>($"/api/plans/{Id(plan)}");
        Assert.True(after!["nextBilan"]!["session"]!.GetValue<int>() > 1);
        Assert.False(after["nextBilan"]!["dueAtNextSession"]!.GetValue<bool>());

        var fromPrescription = await PostAsync(client, "/api/plans", new { patientId = patient, prescriptionId = prescription, origin = "prescription", actId = "rao-rachis-dorsal", sessionCount = 2, startDate = "2026-01-05" });
        Assert.Null(fromPrescription["renewalPrescriberId"]);
    }

    [Fact]
    public async Task A_secretary_manages_billing_but_never_reads_clinical_notes()
    {
        var kine = await App.NewPracticeAsync();
        var (plan, patient) = await OpenPlanAsync(kine, "rao-rachis-dorsal", 3);
        await PostAsync(kine, $"/api/plans/{plan}/clinical-notes", new { notes = "Douleur 6/10, raideur matinale." }, HttpStatusCode.OK, put: true);
        Assert.Equal("Douleur 6/10, raideur matinale.", (await kine.GetFromJsonAsync<JsonObject>($"/api/plans/{plan}"))!["clinicalNotes"]!.GetValue<string>());
        var email = $"secretaire-{Guid.NewGuid():N}@example.fr";
        var account = await PostAsync(kine, "/api/account/secretaries", new { email, password = "Secret-Secr-42" });
        Assert.Equal("secretaire", account["role"]!.GetValue<string>());

        var secretary = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        Assert.Equal(HttpStatusCode.NoContent, (await secretary.PostAsJsonAsync("/api/account/login", new { email, password = "Secret-Secr-42" })).StatusCode);
        Assert.Equal("secretaire", (await secretary.GetFromJsonAsync<JsonObject>("/api/account/me"))!["role"]!.GetValue<string>());

        // Patients, sessions and invoices: allowed.
        await PostAsync(secretary, "/api/patients", new { lastName = "Petit", firstName = "Léa", coverage = "standard", regime = "general" });
        Assert.Equal(HttpStatusCode.OK, (await secretary.GetAsync($"/api/patients/{patient}")).StatusCode);
        var session = await PostAsync(secretary, $"/api/plans/{plan}/sessions", new { date = "2026-02-24", place = "cabinet" });
        Assert.Single((await PostAsync(secretary, "/api/invoices", new { sessionIds = new[] { Id(session) } })).AsArray());

        // Clinical notes: hidden on read, forbidden on write, and no account creation.
        var seen = await secretary.GetFromJsonAsync<JsonObject>($"/api/plans/{plan}");
        Assert.Null(seen!["clinicalNotes"]);
        Assert.DoesNotContain("raideur", await secretary.GetStringAsync($"/api/plans/{plan}"), StringComparison.Ordinal);
        // Nor through the audit log: the change is traced, its clinical text is not.
        var audit = await secretary.GetStringAsync($"/api/audit?entity=TreatmentPlan&entityId={plan}");
        Assert.Contains("ClinicalNotes", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("raideur", audit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PutAsJsonAsync($"/api/plans/{plan}/clinical-notes", new { notes = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync("/api/account/secretaries", new { email = "x@example.fr", password = "Secret-Secr-42" })).StatusCode);
        Assert.Equal("Douleur 6/10, raideur matinale.", (await kine.GetFromJsonAsync<JsonObject>($"/api/plans/{plan}"))!["clinicalNotes"]!.GetValue<string>());
    }
}

/// <summary>
/// The numbering year is the civil year in the practice's territory, not UTC (own fixture: the clock is moved to New
/// Year's Eve). Source: Department.TimeZoneId in territories data; Europe/Paris is UTC+1 in winter, La Réunion UTC+4.
/// </summary>
public sealed class InvoiceYearTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Invoice_year_is_the_year_in_the_practice_time_zone()
    {
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 20, 0, 0, TimeSpan.Zero)); // the practice's clock (sign-in itself follows the real clock)
        var paris = await app.NewPracticeAsync("75");
        var reunion = await app.NewPracticeAsync("974");
        var parisPlan = (await OpenPlanAsync(paris, "rao-rachis-dorsal", 2)).Plan;
        var reunionPlan = (await OpenPlanAsync(reunion, "rao-rachis-dorsal", 2)).Plan;
        var p1 = Id(await PostAsync(paris, $"/api/plans/{parisPlan}/sessions", new { date = "2026-12-30", place = "cabinet" }));
        var p2 = Id(await PostAsync(paris, $"/api/plans/{parisPlan}/sessions", new { date = "2026-12-31", place = "cabinet" }));
        var r1 = Id(await PostAsync(reunion, $"/api/plans/{reunionPlan}/sessions", new { date = "2026-12-30", place = "cabinet" }));

        // 31 Dec 20:30 UTC: 21:30 in Paris (still 2026), 00:30 on 1 Jan in La Réunion (2027).
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 20, 30, 0, TimeSpan.Zero));
        Assert.Equal("2026-000001", (await PostAsync(paris, "/api/invoices", new { sessionIds = new[] { p1 } })).AsArray()[0]!["number"]!.GetValue<string>());
        Assert.Equal("2027-000001", (await PostAsync(reunion, "/api/invoices", new { sessionIds = new[] { r1 } })).AsArray()[0]!["number"]!.GetValue<string>());

        // 31 Dec 23:30 UTC = 1 Jan 00:30 in Paris: a new year, numbering restarts at 000001.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal("2027-000001", (await PostAsync(paris, "/api/invoices", new { sessionIds = new[] { p2 } })).AsArray()[0]!["number"]!.GetValue<string>());
    }
}
