using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cotakine.Web;

/// <summary>
/// Cross-site request forgery on the JSON API. The pages carry an antiforgery token; the API is driven by scripts and
/// the CLI, so instead of a token it requires what a cross-site page cannot send with the user's cookie: an unsafe
/// request (POST, PUT, PATCH, DELETE) under <c>/api</c> made with the auth cookie must say
/// <c>Content-Type: application/json</c>. An HTML form can only send form or text content, and a script of another
/// origin that sets a JSON content type triggers a CORS preflight the app never grants. This adds to the
/// <c>SameSite=Strict</c> auth cookie (which browsers already keep off cross-site requests) and matters most for the
/// body-less routes (logout, credit note) that model binding alone would not protect. Anonymous requests carry no
/// ambient authority, so the public contract routes (<c>/api/quote</c>…) are untouched.
/// </summary>
internal static class ApiCsrfGuard
{
    public const string Message = "Requête refusée : une requête d'API authentifiée qui modifie des données doit être envoyée en JSON (Content-Type: application/json).";

    public static WebApplication UseApiCsrfGuard(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (context.User.Identity?.IsAuthenticated == true
                && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
                && !IsJson(request.ContentType))
            {
                return TypedResults.Problem(title: Message, statusCode: StatusCodes.Status415UnsupportedMediaType).ExecuteAsync(context);
            }

            return next(context);
        });
        return app;
    }

    private static bool IsJson(string? contentType)
    {
        var media = contentType?.Split(';')[0].Trim();
        return media is not null
            && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }
}
