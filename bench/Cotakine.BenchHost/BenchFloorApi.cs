using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Cotakine.BenchHost;

/// <summary>
/// The floor of the HTTP load benchmark (bench/load.sh): <c>POST /api/bench/constant</c> goes through the same middleware
/// pipeline as <c>POST /api/quote</c> (anonymous, security headers, authentication, actor, authorization), reads and
/// parses the request body the same way, and answers a fixed small JSON. So the ratio quote/constant measures what the
/// quote itself costs (reading the request, the engine, writing the contract JSON), not what Kestrel and the pipeline
/// cost. Mapped only by <c>cotakine-bench serve</c>, through the hook of <c>CotakineWebApp.Build</c>: the product
/// (<c>cotakine serve</c>) exposes nothing that is not part of it, and its OpenAPI document never lists this route.
/// </summary>
internal static class BenchFloorApi
{
    private const string Constant = """{"ok":true}""";

    public static void MapBenchFloorApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/bench").WithTags("Banc d'essai").AllowAnonymous().ExcludeFromDescription()
            .MapPost("/constant", ConstantAsync);
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem>> ConstantAsync(HttpRequest http)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Body);
        }
        catch (JsonException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["body : JSON illisible"] }, title: "Requête invalide");
        }

        document.Dispose();
        return TypedResults.Content(Constant, "application/json; charset=utf-8");
    }
}
