using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Cotakine.Catalog;
using Cotakine.Practice;
using Cotakine.Quoting;
using Cotakine.Search;
using Cotakine.Web.Documents;
using Cotakine.Web.Forms;
using Cotakine.Web.Nomenclature;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cotakine.Web;

/// <summary>
/// The UI's non-page endpoints: the act search fragment the live search box fetches on every keystroke (plain HTML
/// built by hand: the hot path, kept allocation-light and under a millisecond) and the quote PDF.
/// </summary>
public static class UiFragments
{
    /// <summary>Maps <c>GET /ui/acts?q=&amp;date=&amp;limit=</c> and <c>GET /coter/pdf?…</c>.</summary>
    public static IEndpointRouteBuilder MapUiFragments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/ui/acts", (string? q, string? date, int? limit, ActSearch search, NomenclatureBrowser browser, PracticeCalendar clock) =>
        {
            var day = ParseDate(date) ?? clock.Today;
            var html = ActResults(q ?? "", date is not null && ParseDate(date) is null ? null : day, Math.Clamp(limit ?? 8, 1, 30), search, browser);
            return Results.Content(html, "text/html; charset=utf-8");
        }).ExcludeFromDescription().AllowAnonymous(); // public nomenclature data, like the contract's /api/acts

        endpoints.MapGet("/coter/pdf", (HttpContext http, NgapCatalog catalog, SessionQuoter quoter, PdfFonts fonts) =>
        {
            var form = SessionForm.FromQuery(http.Request.Query);
            var read = SessionFormReader.Read(form, catalog);
            if (!read.IsValid)
            {
                return Results.Content(
                    "Le devis ne peut pas être produit : " + string.Join(" ", read.Errors.Values) + " Corrigez le formulaire « Coter une séance ».",
                    "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest);
            }

            try
            {
                var quote = quoter(read.Request!);
                var bytes = QuoteDocument.Render(fonts, read.Request!, quote);
                return Results.File(bytes, "application/pdf", $"devis-seance-{Fr.Iso(read.Request!.Date)}.pdf");
            }
            catch (PdfFontMissingException e)
            {
                return Results.Content(e.Message, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status500InternalServerError);
            }
        }).ExcludeFromDescription().AllowAnonymous(); // a quote of the submitted form only, no practice data
        return endpoints;
    }

    /// <summary>The HTML list the live search shows: one option per act (code, label, prices, référentiel cap).</summary>
    internal static string ActResults(string query, DateOnly? date, int limit, ActSearch search, NomenclatureBrowser browser)
    {
        var enc = HtmlEncoder.Default;
        var sb = new StringBuilder(2048);
        var q = query.Trim();
        if (date is null)
        {
            return "<p class=\"empty\" data-q=\"" + enc.Encode(q) + "\">Date invalide : choisissez la date de la séance (JJ/MM/AAAA).</p>";
        }

        if (q.Length == 0)
        {
            return "<p class=\"empty\" data-q=\"\">Tapez quelques lettres : « lca », « ptg », « lombalgie », un code…</p>";
        }

        var results = search.Search(q, date.Value, limit);
        if (results.Count == 0)
        {
            sb.Append("<p class=\"empty\" data-q=\"").Append(enc.Encode(q)).Append("\">Aucun acte ne correspond à « ")
              .Append(enc.Encode(q)).Append(" » au ").Append(Fr.Date(date.Value)).Append(". Essayez un autre mot ou un code (RIC, AMK…).</p>");
            return sb.ToString();
        }

        sb.Append("<ul class=\"act-results\" role=\"listbox\" data-q=\"").Append(enc.Encode(q)).Append("\">");
        var i = 0;
        foreach (var result in results)
        {
            var row = browser.Row(result.Version, date.Value);
            var code = result.Version.Code.ToString();
            sb.Append("<li role=\"option\" id=\"act-opt-").Append(i.ToString(CultureInfo.InvariantCulture))
              .Append("\" data-code=\"").Append(enc.Encode(code))
              .Append("\" data-id=\"").Append(enc.Encode(row.Act.Id))
              .Append("\" data-label=\"").Append(enc.Encode(row.Act.ShortLabel))
              .Append("\"><span class=\"code\">").Append(enc.Encode(code)).Append("</span> <span class=\"label\">")
              .Append(enc.Encode(row.Act.Label)).Append("</span> <span class=\"price\">").Append(enc.Encode(Fr.Euros(row.PriceMetro)))
              .Append("</span>");
            if (row.Act.Referentiel)
            {
                sb.Append(" <span class=\"ref\">").Append(enc.Encode(row.Referentiel)).Append("</span>");
            }

            if (row.NeedsCheck)
            {
                sb.Append(" <span class=\"badge check\">à vérifier</span>");
            }

            sb.Append("</li>");
            i++;
        }

        sb.Append("</ul>");
        return sb.ToString();
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
