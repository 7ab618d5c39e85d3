using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Web.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.Dap;

/// <summary>The pre-filled DAP of a plan: printable page (<c>/plans/{id}/dap/document</c>) and PDF (<c>/plans/{id}/dap/pdf</c>).</summary>
public sealed class DocumentModel(CotakineDbContext db, NgapCatalog catalog, PracticeCalendar clock, PdfFonts fonts) : PageModel
{
    internal DapDocumentView? View { get; private set; }

    /// <summary>Shows the document or sends the PDF; a plan without référentiel gets a French explanation.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, string format, string? argumentaire)
    {
        var (view, noThreshold) = await new DapDocumentService(db, catalog, clock).BuildAsync(id, argumentaire, User);
        if (view is null && !noThreshold)
        {
            return NotFound();
        }

        View = view;
        if (format != "pdf")
        {
            return Page();
        }

        if (view is null)
        {
            return Content("Pas de demande d'accord préalable : aucun référentiel ne s'applique à l'acte de ce plan.", "text/plain; charset=utf-8");
        }

        try
        {
            return File(DapDocumentService.Pdf(fonts, view), "application/pdf", $"dap-{view.Patient.LastName.ToLowerInvariant()}-{Fr.Iso(view.Today)}.pdf");
        }
        catch (PdfFontMissingException e)
        {
            return StatusCode(StatusCodes.Status500InternalServerError, e.Message);
        }
    }
}
