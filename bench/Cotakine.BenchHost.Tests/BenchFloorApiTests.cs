using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Cotakine.LoadSupport;
using Cotakine.Web;

namespace Cotakine.BenchHost.Tests;

/// <summary>
/// The floor endpoint of bench/load.sh, as <c>cotakine-bench serve</c> maps it on the product app (real Kestrel, its own
/// SQLite file): anonymous, through the same pipeline as the quote, and constant.
/// </summary>
public sealed class BenchFloorApiTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"cotakine-bench-floor-{Guid.NewGuid():N}.db");
    private Microsoft.AspNetCore.Builder.WebApplication? _app;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        _app = CotakineWebApp.Build(["--urls", url, $"--Database:ConnectionString=Data Source={_database};Pooling=False", "--Logging:LogLevel:Default=Warning"],
            endpoints => endpoints.MapBenchFloorApi());
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(url) };
    }

    [Fact]
    public async Task It_reads_the_body_anonymously_and_answers_a_constant_through_the_same_pipeline_as_the_quote()
    {
        var response = await _client.PostAsync("/api/bench/constant", Json(SimulatedUser.ContractQuoteRequest));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"ok":true}""", await response.Content.ReadAsStringAsync());
        // The same security headers as every answer of the pipeline the quote goes through.
        Assert.True(response.Headers.Contains("X-Content-Type-Options"));

        // It does parse the body, as the quote does: unreadable JSON is a 400 problem naming the body.
        var bad = await _client.PostAsync("/api/bench/constant", Json("{pas du json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("body", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // And the quote it stands in for answers the contract example's total.
        var quote = await _client.PostAsync("/api/quote", Json(SimulatedUser.ContractQuoteRequest));
        Assert.Equal(48.59m, (await quote.Content.ReadFromJsonAsync<JsonObject>())!["total"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task The_floor_stays_out_of_the_openapi_document()
    {
        var openApi = await _client.GetStringAsync("/openapi/v1.json");
        Assert.DoesNotContain("/api/bench", openApi, StringComparison.Ordinal);
        Assert.Contains("/api/quote", openApi, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        File.Delete(_database);
    }

    private static StringContent Json(string text) => new(text, System.Text.Encoding.UTF8, "application/json");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
