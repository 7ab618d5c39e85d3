using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cotakine.Web.Tests.Security;

/// <summary>
/// Every endpoint the running app exposes, read from its <see cref="EndpointDataSource"/>: one entry per HTTP method of a
/// minimal API route, one per handler method of a Razor Page (compiled through <see cref="PageLoader"/>, so a new
/// <c>OnPostXxxAsync</c> shows up). The security sweeps key their tables on <see cref="AppEndpoint.Key"/>.
/// </summary>
internal static class AppEndpoints
{
    public static async Task<IReadOnlyList<AppEndpoint>> ListAsync(IServiceProvider services)
    {
        var source = services.GetRequiredService<EndpointDataSource>();
        var loader = services.GetRequiredService<PageLoader>();
        var list = new List<AppEndpoint>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods)
                {
                    list.Add(new AppEndpoint(handler.HttpMethod.ToUpperInvariant(), route, handler.Name, IsPage: true, Declared: true));
                }

                // A page answers GET and POST even without a matching handler (it renders without running one).
                list.Add(new AppEndpoint("GET", route, null, IsPage: true, Declared: false));
                list.Add(new AppEndpoint("POST", route, null, IsPage: true, Declared: false));

                continue;
            }

            // A route without method metadata (health checks) answers every method: keyed ANY, probed with several.
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } declared ? declared : ["ANY"];
            list.AddRange(methods.Select(m => new AppEndpoint(m, route, null, IsPage: false, Declared: true)));
        }

        return list.GroupBy(e => e.Key).Select(g => g.OrderByDescending(e => e.Declared).First()).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
    }
}

/// <summary>
/// One HTTP method of one route (and, for a page, one handler: <c>POST /plans/{id:guid} Dap</c>). <see cref="Declared"/>:
/// the page has a handler method for it (otherwise the page is reached without one).
/// </summary>
internal sealed record AppEndpoint(string Method, string Route, string? Handler, bool IsPage, bool Declared)
{
    public string Key => Handler is null ? $"{Method} {Route}" : $"{Method} {Route} {Handler}";
}
