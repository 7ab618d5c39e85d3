using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Web.Documents;
using Cotakine.Web.Features.Invoices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.Factures;

/// <summary><c>/factures/{id}/pdf</c>: the invoice or credit note as a PDF download (<see cref="InvoiceDocument"/>).</summary>
internal sealed class PdfModel(CotakineDbContext db, PdfFonts fonts, NgapCatalog catalog) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var sheet = await InvoiceSheet.LoadAsync(db, id);
        if (sheet is null)
        {
            return NotFound();
        }

        try
        {
            var kind = sheet.IsCreditNote ? "avoir" : "facture";
            return File(InvoiceDocument.Render(fonts, sheet, catalog), "application/pdf", $"{kind}-{sheet.Invoice.Number}.pdf");
        }
        catch (PdfFontMissingException e)
        {
            return Content(e.Message, "text/plain; charset=utf-8");
        }
    }
}
