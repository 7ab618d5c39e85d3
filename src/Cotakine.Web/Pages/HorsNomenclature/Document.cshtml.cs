using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Web.Documents;
using Cotakine.Web.Features.HorsNomenclature;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.HorsNomenclature;

/// <summary>A devis or a note d'honoraires as a printable page, or its PDF (<c>…/pdf</c>).</summary>
public sealed class DocumentModel(CotakineDbContext db, NgapCatalog catalog, PdfFonts fonts) : PageModel
{
    internal HnDocument Doc { get; private set; } = null!;

    /// <summary>Set right after creation, for the confirmation line.</summary>
    [BindProperty(SupportsGet = true, Name = "cree")]
    public string? Created { get; set; }

    /// <summary>Shows the document, or sends its PDF when <paramref name="format"/> is <c>pdf</c>.</summary>
    public async Task<IActionResult> OnGetAsync(string kind, Guid id, string? format)
    {
        var doc = await new HnDocumentQueries(db, catalog).FindAsync(kind == "devis", id, User);
        if (doc is null)
        {
            return NotFound();
        }

        Doc = doc;
        if (format != "pdf")
        {
            return Page();
        }

        try
        {
            return File(HnDocumentPdf.Pdf(fonts, doc), "application/pdf", $"{(doc.IsQuote ? "devis-hn" : "note-honoraires")}-{Fr.Iso(doc.Date)}-{doc.Reference}.pdf");
        }
        catch (PdfFontMissingException e)
        {
            return StatusCode(StatusCodes.Status500InternalServerError, e.Message);
        }
    }
}
