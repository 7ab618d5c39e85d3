using System.Net;
using System.Net.Http.Json;
using Cotakine.Load;
using static Cotakine.Web.Tests.TestApi;

namespace Cotakine.Web.Tests;

/// <summary>The floor endpoint of bench/load.sh: absent unless Bench:FloorEndpoint=true, then anonymous and constant.</summary>
public sealed class BenchFloorApiTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task The_floor_endpoint_is_not_mapped_by_default()
    {
        var response = await app.CreateClient().PostAsync("/api/bench/constant", Json(SimulatedUser.ContractQuoteRequest));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task With_the_flag_it_reads_the_body_anonymously_and_answers_a_constant()
    {
        using var bench = app.WithWebHostBuilder(b => b.UseSetting("Bench:FloorEndpoint", "true"));
        var client = bench.CreateClient();

        var response = await client.PostAsync("/api/bench/constant", Json(SimulatedUser.ContractQuoteRequest));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"ok":true}""", await response.Content.ReadAsStringAsync());
        // The same security headers as every answer of the pipeline the quote goes through.
        Assert.True(response.Headers.Contains("X-Content-Type-Options"));

        // It does parse the body, as the quote does: unreadable JSON is the same 400 problem naming the body.
        await AssertProblemAsync(await client.PostAsync("/api/bench/constant", Json("{pas du json")), "body");
        // And the quote it stands in for answers the contract example's total.
        var quote = await client.PostAsync("/api/quote", Json(SimulatedUser.ContractQuoteRequest));
        Assert.Equal(48.59m, (await quote.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["total"]!.GetValue<decimal>());
    }

    private static StringContent Json(string text) => new(text, System.Text.Encoding.UTF8, "application/json");
}
