using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Cotakine.Web.Tests;

/// <summary>Small helpers to drive the API from the tests.</summary>
internal static class TestApi
{
    internal static async Task<(string Plan, string Patient)> OpenPlanAsync(HttpClient client, string actId, int sessions)
    {
        var patient = await CreatePatientAsync(client);
        var prescription = await PostAsync(client, "/api/prescriptions", new { patientId = patient, date = "2026-01-02", indication = "x", segment = "rachis", laterality = "not-applicable" });
        var plan = await PostAsync(client, "/api/plans", new { patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId, sessionCount = sessions, startDate = "2026-01-05" });
        return (Id(plan), patient);
    }

    internal static async Task<string> CreatePatientAsync(HttpClient client) =>
        Id(await PostAsync(client, "/api/patients", new { lastName = "Durand", firstName = "Marie", coverage = "standard", regime = "general" }));

    internal static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    internal static async Task<JsonNode> PostAsync(HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.Created, bool put = false)
    {
        var response = put ? await client.PutAsJsonAsync(url, body) : await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{url} → {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(text)!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"field {field} not in {text}");
    }

    /// <summary>A 409 problem (what is asked already exists) whose errors name <paramref name="field"/>.</summary>
    internal static async Task AssertConflictAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonNode.Parse(text)!["errors"]!.AsObject().ContainsKey(field), $"field {field} not in {text}");
    }
}
