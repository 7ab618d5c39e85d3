using System.Globalization;
using Cotakine.Practice;
using Cotakine.Search;
using Cotakine.Web.Nomenclature;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.Nomenclature;

/// <summary>
/// The nomenclature browser: acts in force on a date grouped by NGAP article (or the search results for <c>q</c>),
/// and what changes at the next revaluation date.
/// </summary>
public sealed class IndexModel(NomenclatureBrowser browser, ActSearch search, PracticeCalendar clock) : PageModel
{
    /// <summary>The date shown.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>The date as typed, when it was not a date (then today is shown).</summary>
    public string? DateError { get; private set; }

    /// <summary>The search text, when searching.</summary>
    public string Query { get; private set; } = "";

    /// <summary>Acts by article.</summary>
    public IReadOnlyList<ArticleGroup> Groups { get; private set; } = [];

    /// <summary>The next revaluation, when the catalog knows one.</summary>
    public Revaluation? Next { get; private set; }

    /// <summary>The catalog version.</summary>
    public string CatalogVersion => browser.Catalog.Version;

    /// <summary>Full reference of a source key.</summary>
    public string SourceTitle(string key) => browser.Catalog.Sources.GetValueOrDefault(key) ?? key;

    /// <summary>Reads <c>date</c> and <c>q</c>.</summary>
    public void OnGet(string? date, string? q)
    {
        Date = clock.Today;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (DateText.TryParseTyped(date, out var d))
            {
                Date = d;
            }
            else
            {
                DateError = $"Date : « {date} » n'est pas une date (attendu : JJ/MM/AAAA) ; la nomenclature du jour est affichée.";
            }
        }

        Query = q?.Trim() ?? "";
        Groups = Query.Length == 0
            ? browser.ByArticle(Date)
            : browser.ByArticle(Date, search.Search(Query, Date, 50).Select(r => r.Version));
        Next = browser.NextRevaluation(Date);
    }
}
