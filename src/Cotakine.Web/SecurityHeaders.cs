using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cotakine.Web;

/// <summary>
/// Security headers on every response: no MIME sniffing, no framing of the app by another site (clickjacking on billing
/// forms), no referrer leaking patient ids in URLs to other origins, and a Content Security Policy that only lets the
/// app's own script and stylesheet run (no inline script, handler or style attribute anywhere in the views, checked by
/// the view tests and by the browser tests that visit every page), so an injected name in a patient record can never run.
/// </summary>
internal static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            Apply(context.Response.Headers);
            return next(context);
        });
        return app;
    }

    /// <summary>Sets the headers (again, for a response the exception handler cleared: the error pages).</summary>
    public static void Apply(IHeaderDictionary headers)
    {
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = Policy;
    }
}
