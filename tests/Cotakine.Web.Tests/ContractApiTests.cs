using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Cotakine.Web.Tests;

/// <summary>The public contract routes answer without login, with the CLI's JSON; bad input is a 400 naming the field.</summary>
public sealed class ContractApiTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Quote_is_public_and_bad_input_names_the_field()
    {
        var client = app.CreateClient();
        // Source: CONTRACT.md quote example (acts, travel, series, patient).
        const string request = """
            {"date":"2026-03-02","department":"75","place":"domicile","acts":["RAM 8.09"],"urgent":false,
             "travel":{"distanceKm":8.0,"zone":"plaine","sameAgglomeration":false},
             "series":{"sessionNumber":1,"sessionsLast12Months":0,"dapAgreed":false},
             "patient":{"coverage":"standard","regime":"general"}}
            """;
        var ok = await client.PostAsync("/api/quote", new StringContent(request, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotNull(JsonNode.Parse(await ok.Content.ReadAsStringAsync())!["lines"]);

        var bad = await client.PostAsync("/api/quote", new StringContent(request.Replace("\"distanceKm\":8.0", "\"distanceKm\":-1", StringComparison.Ordinal), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True(JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["errors"]!.AsObject().ContainsKey("travel.distanceKm"));

        var search = await client.GetAsync("/api/acts?q=genou&date=2026-03-02&limit=3");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        var badLimit = await client.GetAsync("/api/acts?q=genou&limit=zero");
        Assert.True(JsonNode.Parse(await badLimit.Content.ReadAsStringAsync())!["errors"]!.AsObject().ContainsKey("limit"));
    }

    [Fact]
    public async Task Suggest_is_public_explains_each_act_and_bad_input_names_the_field()
    {
        // Source: CONTRACT.md 1.1 « acts suggest » and HTTP API: GET /api/acts/suggest?text=TEXT&date=D&limit=N.
        var client = app.CreateClient();
        var ok = await client.GetAsync("/api/acts/suggest?text=" + Uri.EscapeDataString("rééducation après ostéosynthèse fracture clavicule gauche") + "&date=2026-03-12&limit=2");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var results = JsonNode.Parse(await ok.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(2, results.Count);
        Assert.Equal("VSC 8.1", results[0]!["code"]!.GetValue<string>());
        Assert.Equal(["code", "letter", "coefficient", "label", "price", "because"], results[0]!.AsObject().Select(p => p.Key).Take(6));
        var because = results[0]!["because"]!.AsArray().Select(b => b!.GetValue<string>()).ToList();
        Assert.Contains(because, b => b.StartsWith("segment: épaule", StringComparison.Ordinal));
        Assert.Contains("opéré: ostéosynthèse", because);

        var nothing = await client.GetAsync("/api/acts/suggest?text=xyzzy&date=2026-03-12");
        Assert.Equal("[]", await nothing.Content.ReadAsStringAsync());

        var badDate = await client.GetAsync("/api/acts/suggest?text=genou&date=12-03-2026");
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.True(JsonNode.Parse(await badDate.Content.ReadAsStringAsync())!["errors"]!.AsObject().ContainsKey("date"));
        var badLimit = await client.GetAsync("/api/acts/suggest?text=genou&limit=0");
        Assert.True(JsonNode.Parse(await badLimit.Content.ReadAsStringAsync())!["errors"]!.AsObject().ContainsKey("limit"));
    }

    [Fact]
    public async Task Openapi_document_lists_the_contract_routes_with_their_parameters()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject();
        foreach (var path in new[] { "/api/acts", "/api/acts/suggest", "/api/acts/{code}", "/api/quote" })
        {
            Assert.True(paths.ContainsKey(path), path);
        }

        var suggest = paths["/api/acts/suggest"]!["get"]!;
        Assert.Equal(["text", "date", "limit"], suggest["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.True(suggest["responses"]!.AsObject().ContainsKey("400"));
    }
}
