using Cotakine.Catalog;
using Cotakine.Quoting;
using Cotakine.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.Coter;

/// <summary>The printable « Devis de séance » (print stylesheet, no navigation); an invalid link goes back to the form.</summary>
public sealed class DevisModel(NgapCatalog catalog, SessionQuoter quoter) : PageModel
{
    /// <summary>The session asked.</summary>
    public QuoteRequest Session { get; private set; } = null!;

    /// <summary>The quote.</summary>
    public Quote Quote { get; private set; } = null!;

    /// <summary>The form, for the PDF link.</summary>
    public SessionForm Form { get; private set; } = new();

    /// <summary>Quotes the linked session or sends the user back to the form with the errors shown.</summary>
    public IActionResult OnGet()
    {
        Form = SessionForm.FromQuery(Request.Query);
        var read = SessionFormReader.Read(Form, catalog);
        if (!read.IsValid)
        {
            return Redirect("/coter" + Form.ToQueryString());
        }

        Session = read.Request!;
        Quote = quoter(Session);
        return Page();
    }
}
