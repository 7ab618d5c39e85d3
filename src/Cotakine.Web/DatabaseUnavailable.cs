using System.Net;
using Microsoft.AspNetCore.Http;

namespace Cotakine.Web;

/// <summary>
/// The answer when the database cannot serve (locked by another process, file gone, server stopped): 503 with a
/// <c>Retry-After</c>, as an RFC 9457 problem for the API and as a French page for a browser (in the frame of <see cref="ErrorPages"/>). It says that nothing
/// was recorded, which is true because every write is one transaction, so the user knows the retry cannot double anything.
/// </summary>
internal static class DatabaseUnavailable
{
    /// <summary>Seconds a client is asked to wait: about the SQLite busy timeout, long enough for a lock or a restart.</summary>
    public const int RetryAfterSeconds = 5;

    public const string Title = "Base de données momentanément indisponible : rien n'a été enregistré, réessayez dans un instant.";

    public static Task WriteAsync(HttpContext context, bool page)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        if (!page)
        {
            return TypedResults.Problem(
                title: Title,
                detail: "La base de données est verrouillée par un autre traitement ou ne répond pas. La requête a été annulée en entier.",
                statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
        }

        var retry = context.Request.Path.HasValue && context.Request.Method == HttpMethods.Get ? context.Request.Path + context.Request.QueryString : "/";
        return ErrorPages.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Base de données indisponible", $"""
            <h1>Base de données momentanément indisponible</h1>
            <p role="alert">Rien n'a été enregistré : l'opération a été annulée en entier.</p>
            <p>Réessayez dans quelques secondes (revenez à la page précédente et renvoyez le formulaire). Si cela dure,
            prévenez la personne qui s'occupe du serveur du cabinet.</p>
            <p><a href="{WebUtility.HtmlEncode(retry)}">Réessayer</a> · <a href="/">Journée</a></p>
            """);
    }
}
