using Microsoft.AspNetCore.Builder;

namespace Cotakine.Web;

/// <summary>
/// Security headers on every response: no MIME sniffing, no framing of the app by another site (clickjacking on billing
/// forms), no referrer leaking patient ids in URLs to other origins. Scripts and styles are not restricted by a CSP yet:
/// the pages are served from the app itself, and a stricter policy needs the inline attributes audited first.
/// </summary>
internal static class SecurityHeaders
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
            return next(context);
        });
        return app;
    }
}
