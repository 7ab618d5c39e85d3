using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cotakine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cotakine.Web.Tests.TestApi;

namespace Cotakine.Web.Tests;

/// <summary>
/// Issue 16, « a kiné's first hour », through the API on both providers. Golden figures: RIM 8.1 = 17,90 € (2,21 € the
/// point, ngap-facts §C), 60 % AMO = 10,74 €, patient 7,16 € (§J); BDK AMK 10.7 = 23,65 €.
/// </summary>
public abstract partial class PracticeWorkflowTests<TFactory>
{
    private static async Task<(string Plan, string Patient)> AnklePlanAsync(HttpClient client, object patient, bool ald)
    {
        var patientId = Id(await PostAsync(client, "/api/patients", patient));
        var prescription = await PostAsync(client, "/api/prescriptions", new
        {
            patientId, date = "2026-02-20", indication = "entorse de cheville", segment = "cheville", laterality = "right", ald,
        });
        var plan = await PostAsync(client, "/api/plans", new
        {
            patientId, prescriptionId = Id(prescription), origin = "prescription", actId = "rim-entorse-cheville", sessionCount = 10, startDate = "2026-02-23",
        });
        return (Id(plan), patientId);
    }

    [Fact]
    public async Task An_ALD_patients_care_outside_the_ALD_is_paid_60_percent_and_the_complementary_pays_its_part()
    {
        var client = await App.NewPracticeAsync();
        var record = new
        {
            lastName = "Martin", firstName = "Paul", coverage = "ald", regime = "general", nir = "2 55 08 14 168 025 38", caisse = "CPAM de Paris",
            address = "3 rue Oberkampf", postalCode = "75011", commune = "Paris", phone = "06 12 34 56 78", email = "paul@example.fr",
            primaryCarePhysician = "Dr Leroy", amcName = "Mutuelle Générale", amcMemberNumber = "A-123", amcPercent = 100,
        };
        var (plan, patient) = await AnklePlanAsync(client, record, ald: false);
        var stored = await client.GetFromJsonAsync<JsonObject>($"/api/patients/{patient}");
        Assert.Equal("255081416802538", stored!["nir"]!.GetValue<string>());
        Assert.Equal("75011", stored["postalCode"]!.GetValue<string>());
        Assert.Equal(100, stored["amcPercent"]!.GetValue<int>());

        var session = await PostAsync(client, $"/api/plans/{plan}/sessions", new { date = "2026-02-23", place = "cabinet" });
        Assert.Equal(17.90m, session["total"]!.GetValue<decimal>());
        Assert.Equal(10.74m, session["amo"]!.GetValue<decimal>());
        Assert.Contains("hors ALD", session["notices"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var invoice = (await PostAsync(client, "/api/invoices", new { sessionIds = new[] { Id(session) }, grouped = false, tiersPayant = true })).AsArray().Single()!;
        Assert.Equal(7.16m, invoice["amc"]!.GetValue<decimal>());
        Assert.Equal(0m, invoice["patient"]!.GetValue<decimal>());

        var (aldPlan, _) = await AnklePlanAsync(client, new { lastName = "Petit", firstName = "Léa", coverage = "ald" }, ald: true);
        var related = await PostAsync(client, $"/api/plans/{aldPlan}/sessions", new { date = "2026-02-23", place = "cabinet" });
        Assert.Equal(17.90m, related["amo"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_bad_NIR_key_and_an_overlong_commune_are_refused_naming_the_field()
    {
        var client = await App.NewPracticeAsync();
        var bad = await client.PostAsJsonAsync("/api/patients", new { lastName = "A", firstName = "B", coverage = "standard", nir = "255081416802539", commune = new string('x', 101) });
        await AssertProblemAsync(bad, "nir");
        await AssertProblemAsync(bad, "commune");
    }

    [Fact]
    public async Task Session_dates_agglomeration_and_acts_are_checked_and_saved_as_quoted()
    {
        var client = await App.NewPracticeAsync();
        var (plan, _) = await AnklePlanAsync(client, new { lastName = "Roux", firstName = "Ana", coverage = "standard" }, ald: false);
        await AssertProblemAsync(await client.PostAsJsonAsync($"/api/plans/{plan}/sessions", new { date = "2026-02-19", place = "cabinet" }), "date");
        await AssertProblemAsync(await client.PostAsJsonAsync($"/api/plans/{plan}/sessions", new { date = "2026-02-23", place = "cabinet", travelKm = 8 }), "travelKm");
        await AssertProblemAsync(await client.PostAsJsonAsync($"/api/plans/{plan}/sessions", new { date = "2026-02-23", place = "domicile", travelKm = 8 }), "sameAgglomeration");

        var home = await PostAsync(client, $"/api/plans/{plan}/sessions", new { date = "2026-02-23", place = "domicile", travelKm = 8, sameAgglomeration = true, extraActs = new[] { "AMK 10.7" } });
        var codes = home["lines"]!.AsArray().Select(l => l!["code"]!.GetValue<string>()).ToList();
        Assert.Equal(["RIM 8.1", "AMK 10.7"], codes.Take(2));
        Assert.DoesNotContain("IK", codes);
        Assert.True(home["sameAgglomeration"]!.GetValue<bool>());

        var future = await PostAsync(client, $"/api/plans/{plan}/sessions", new { date = "2026-04-01", place = "cabinet" });
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/invoices", new { sessionIds = new[] { Id(future) }, grouped = false, tiersPayant = true }), "sessionIds");

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CotakineDbContext>();
        var saved = await db.Sessions.IgnoreQueryFilters().Include(s => s.Lines).SingleAsync(s => s.Id == Guid.Parse(Id(home)));
        Assert.Equal(codes, saved.Lines.OrderBy(l => l.Position).Select(l => l.Code));
        Assert.Equal(1790 + 2365 + saved.Lines.Where(l => l.Kind == Cotakine.Quoting.LineKind.Travel).Sum(l => l.AmountCents), saved.TotalCents);
    }
}
