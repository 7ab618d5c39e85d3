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
}
