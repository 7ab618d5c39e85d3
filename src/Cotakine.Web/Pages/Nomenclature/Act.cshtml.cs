using System.Globalization;
using Cotakine.Catalog;
using Cotakine.Practice;
using Cotakine.Web.Nomenclature;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.Nomenclature;

/// <summary>One act with its whole history: every code it carried, prices at each period's start, sources, notes.</summary>
public sealed class ActModel(NomenclatureBrowser browser, PracticeCalendar clock) : PageModel
{
    /// <summary>The act.</summary>
    public Act Act { get; private set; } = null!;

    /// <summary>The date the page was opened for (current version highlighted).</summary>
    public DateOnly Date { get; private set; }

    /// <summary>The version on <see cref="Date"/>, priced that day, or null when not in force.</summary>
    public ActRow? Current { get; private set; }

    /// <summary>Every period, priced on its first day.</summary>
    public IReadOnlyList<ActRow> History { get; private set; } = [];

    /// <summary>The acts this former act became, when it is a former code.</summary>
    public IReadOnlyList<Act> Successors { get; private set; } = [];

    /// <summary>The référentiel threshold in words, on <see cref="Date"/>.</summary>
    public string Referentiel => browser.Referentiel(Act, Date);

    /// <summary>Full reference of a source key.</summary>
    public string SourceTitle(string key) => browser.Catalog.Sources.GetValueOrDefault(key) ?? key;

    /// <summary>Shows the act, or a French « not found » page.</summary>
    public IActionResult OnGet(string id, string? date)
    {
        var act = browser.Catalog.FindAct(id);
        if (act is null)
        {
            Response.StatusCode = 404;
            ViewData["Missing"] = id;
            return Page();
        }

        Act = act;
        Date = DateText.TryParseIso(date, out var d) ? d : clock.Today;
        Current = act.On(Date) is { } v ? browser.Row(v, Date) : null;
        History = act.Versions.Select(v => browser.Row(v, v.Validity.From)).ToList();
        Successors = act.Successors.Select(browser.Catalog.FindAct).OfType<Act>().ToList();
        return Page();
    }
}
