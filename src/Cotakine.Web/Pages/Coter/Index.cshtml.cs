using Cotakine.Catalog;
using Cotakine.Practice;
using Cotakine.Quoting;
using Cotakine.Web.Forms;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.Coter;

/// <summary>
/// « Coter une séance »: the form (sent by GET, so the devis and its PDF are the same link) and the quote with each
/// line's reason, the totals and every issue. A form with errors is shown again exactly as typed, errors beside fields.
/// </summary>
public sealed class IndexModel(NgapCatalog catalog, SessionQuoter quoter, PracticeCalendar clock) : PageModel
{
    /// <summary>What the user typed (or the defaults).</summary>
    public SessionForm Form { get; private set; } = new();

    /// <summary>The read form, when submitted.</summary>
    public SessionFormResult? Read { get; private set; }

    /// <summary>The quote, when the form was valid.</summary>
    public Quote? Quote { get; private set; }

    /// <summary>The error of a field, or null.</summary>
    public string? ErrorFor(string field) => Read?.ErrorFor(field);

    /// <summary>Reads and quotes the submitted form.</summary>
    public void OnGet()
    {
        if (!SessionForm.IsSubmitted(Request.Query))
        {
            Form = new SessionForm { Date = Fr.Iso(clock.Today) };
            return;
        }

        Form = SessionForm.FromQuery(Request.Query);
        Read = SessionFormReader.Read(Form, catalog);
        if (Read.IsValid)
        {
            Quote = quoter(Read.Request!);
        }
        else
        {
            Response.StatusCode = 400;
        }
    }
}
