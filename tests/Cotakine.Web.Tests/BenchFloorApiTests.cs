using System.Net;

namespace Cotakine.Web.Tests;

/// <summary>
/// The floor endpoint of the HTTP load benchmark lives in bench/ (<c>cotakine-bench serve</c>): the product app serves
/// no benchmark route, whatever its configuration says.
/// </summary>
public sealed class BenchFloorApiTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task The_product_serves_no_benchmark_endpoint_even_with_the_former_flag()
    {
        using var flagged = app.WithWebHostBuilder(b => b.UseSetting("Bench:FloorEndpoint", "true"));
        foreach (var client in new[] { app.CreateClient(), flagged.CreateClient() })
        {
            var response = await client.PostAsync("/api/bench/constant", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
