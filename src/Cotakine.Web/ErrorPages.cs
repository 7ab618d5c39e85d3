using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cotakine.Web;

/// <summary>
/// French HTML pages for a browser's failed page request (not found, refused, method not allowed, unexpected error),
/// written here rather than rendered by Razor so that a page that failed cannot fail again while its error is shown, and
/// with the site's frame (header, navigation, footer, stylesheet and security headers) so the kiné stays in familiar
/// ground. The API keeps its RFC 9457 problems: this is only for requests <see cref="CotakineWebApp"/> reads as pages.
/// An unexpected error never shows its message or stack trace: only a short reference, also written to the log with the
/// exception, and the trace id, for support to find it.
/// </summary>
internal static class ErrorPages
{
    /// <summary>The category of the log line that ties a reference shown to a user to its exception.</summary>
    public const string LogCategory = "Cotakine.Web.Errors";

    /// <summary>
    /// Status code pages: a French page for a page request answered 403, 404 or 405 without a body; an API answer is always
    /// an RFC 9457 problem; anything else goes to <paramref name="fallback"/>, the framework's problem details.
    /// </summary>
    public static Func<StatusCodeContext, Task> StatusHandler(Func<StatusCodeContext, Task> fallback, Func<HttpRequest, bool> wantsPage) => context =>
    {
        var http = context.HttpContext;
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            // A problem whatever the client accepts (the framework would fall back to plain text for « Accept: text/html »).
            return TypedResults.Problem(statusCode: http.Response.StatusCode).ExecuteAsync(http);
        }

        if (!wantsPage(http.Request))
        {
            return fallback(context);
        }

        return http.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => NotFoundAsync(http),
            StatusCodes.Status403Forbidden => ForbiddenAsync(http),
            StatusCodes.Status405MethodNotAllowed => MethodNotAllowedAsync(http),
            _ => fallback(context),
        };
    };

    public static Task NotFoundAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status404NotFound, "Page introuvable", $"""
        <h1>Page introuvable</h1>
        <p role="alert">Cette page n'existe pas, ou ce qu'elle montre (patient, plan, facture…) n'existe pas ou n'appartient pas à votre cabinet.</p>
        <p>Vérifiez l'adresse, ou repartez d'une page connue.</p>
        {BackLinks(context)}
        """);

    public static Task ForbiddenAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status403Forbidden, "Accès refusé", $"""
        <h1>Accès refusé</h1>
        <p role="alert">Votre compte ne permet pas cette action (par exemple, les notes cliniques sont réservées aux kinésithérapeutes). Rien n'a été modifié.</p>
        {BackLinks(context)}
        """);

    public static Task MethodNotAllowedAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status405MethodNotAllowed, "Action impossible sur cette page", $"""
        <h1>Action impossible sur cette page</h1>
        <p role="alert">Cette page ne reçoit pas ce type d'envoi : rien n'a été enregistré. Revenez à la page et utilisez ses boutons.</p>
        {BackLinks(context)}
        """);

    /// <summary>
    /// The page of an unexpected error (500). Every write of the app is one transaction (one <c>SaveChanges</c> per
    /// request, or the invoice issuer's explicit transaction), so a request that failed before or while writing left
    /// nothing behind; one that failed after its write (<see cref="Persistence.ScopeWrites"/>) is told so.
    /// </summary>
    public static Task UnexpectedAsync(HttpContext context, Exception? error)
    {
        var reference = NewReference();
        var traceId = Activity.Current?.Id ?? context.TraceIdentifier;
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory).LogError(
            error, "Erreur inattendue, référence {Reference}, trace {TraceId} : {Method} {Path}", reference, traceId, context.Request.Method, context.Request.Path);
        var saved = context.RequestServices.GetService<Persistence.ScopeWrites>()?.Saved == true;
        var outcome = saved
            ? """<p role="alert">L'enregistrement demandé a été fait avant l'erreur. Vérifiez la page concernée avant de recommencer, pour ne rien enregistrer deux fois.</p>"""
            : """<p role="alert">Rien n'a été enregistré : la requête a échoué avant la fin de son enregistrement, et chaque enregistrement de Cotakine se fait d'un seul bloc (tout ou rien). Vous pouvez recommencer.</p>""";
        return WriteAsync(context, StatusCodes.Status500InternalServerError, "Erreur inattendue", $"""
            <h1>Une erreur inattendue s'est produite</h1>
            {outcome}
            <p>Si l'erreur se reproduit, donnez cette référence à la personne qui s'occupe de Cotakine au cabinet :</p>
            <dl>
                <dt>Référence</dt><dd><strong id="reference-erreur">{reference}</strong></dd>
                <dt>Identifiant de trace</dt><dd><code id="trace-erreur">{WebUtility.HtmlEncode(traceId)}</code></dd>
            </dl>
            {BackLinks(context)}
            """);
    }


    /// <summary>
    /// Writes a page in the site's frame: the header and navigation of <c>_Layout.cshtml</c> (a test compares them), the
    /// stylesheet and script, the footer. The exception handler cleared the response, so the security headers are set
    /// again; the page is never cached.
    /// </summary>
    public static Task WriteAsync(HttpContext context, int status, string title, string main)
    {
        var response = context.Response;
        response.StatusCode = status;
        SecurityHeaders.Apply(response.Headers);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        var user = context.User.Identity?.IsAuthenticated == true
            ? $"""<span class="session" id="praticien">{WebUtility.HtmlEncode(context.User.FindFirst("cotakine:display-name")?.Value ?? context.User.Identity.Name)}</span>"""
            : """<a class="session" href="/connexion" id="connexion-lien">Se connecter</a>""";
        return response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{WebUtility.HtmlEncode(title)} — Cotakine</title>
                <link rel="stylesheet" href="{CotakineWebApp.AssetsPath}/cotakine.css">
                <script src="{CotakineWebApp.AssetsPath}/cotakine.js" defer></script>
            </head>
            <body>
            <a class="skip" href="#contenu">Aller au contenu</a>
            <header class="top">
                <a class="brand" href="/">Cotakine</a>
                <nav aria-label="Navigation principale">
                    <a href="/" accesskey="j">Journée</a>
                    <a href="/patients" accesskey="p">Patients</a>
                    <a href="/coter" accesskey="c">Coter une séance</a>
                    <a href="/factures" accesskey="f">Factures</a>
                    <a href="/hors-nomenclature" accesskey="h">Hors nomenclature</a>
                    <a href="/exports">Exports</a>
                    <a href="/nomenclature" accesskey="n">Nomenclature</a>
                    <a href="/reglages" accesskey="r">Réglages</a>
                </nav>
                {user}
            </header>
            <main id="contenu" data-status="{status}">
            {main}
            </main>
            <footer class="foot">Cotakine — cotation NGAP des masseurs-kinésithérapeutes. Raccourcis : « / » recherche, Alt+C coter, Alt+N nomenclature.</footer>
            </body>
            </html>
            """);
    }

    /// <summary>« Revenir à la page précédente » when the browser came from a page of this site, and the day view.</summary>
    private static string BackLinks(HttpContext context)
    {
        var back = Uri.TryCreate(context.Request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            && string.Equals(referer.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && referer.PathAndQuery != (context.Request.Path + context.Request.QueryString).ToString()
                ? $"""<a href="{WebUtility.HtmlEncode(referer.PathAndQuery)}" id="page-precedente">Revenir à la page précédente</a> · """
                : "";
        return $"""<p class="toolbar">{back}<a href="/" id="retour-journee">Retour à la Journée</a> · <a href="/patients">Patients</a></p>""";
    }

    /// <summary>Eight characters easy to read aloud on the phone (no 0/O, 1/I/L), e.g. <c>K7MX-3QPA</c>.</summary>
    private static string NewReference()
    {
        const string alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        var chars = RandomNumberGenerator.GetItems<char>(alphabet, 8);
        return new string(chars, 0, 4) + "-" + new string(chars, 4, 4);
    }
}
