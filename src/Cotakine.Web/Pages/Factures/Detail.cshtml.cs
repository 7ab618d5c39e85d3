using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Web.Features.Invoices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.Factures;

/// <summary>
/// The printable invoice (or credit note) page, its PDF link, and « Établir un avoir » on an issued invoice (the existing
/// credit-note workflow: the sessions become billable again).
/// </summary>
internal sealed class DetailModel(CotakineDbContext db, CreditInvoice creditInvoice, NgapCatalog catalog) : PageModel
{
    public InvoiceSheet Sheet { get; private set; } = null!;

    /// <summary>The franchise médicale the caisse will withhold from the patient (printed apart, not deducted).</summary>
    public InvoiceFranchise? Franchise => Sheet.Franchise(catalog);

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var sheet = await InvoiceSheet.LoadAsync(db, id);
        if (sheet is null)
        {
            return NotFound();
        }

        Sheet = sheet;
        return Page();
    }

    public async Task<IActionResult> OnPostAvoirAsync(Guid id)
    {
        var sheet = await InvoiceSheet.LoadAsync(db, id);
        if (sheet is null)
        {
            return NotFound();
        }

        var (credit, errors) = await creditInvoice.ExecuteAsync(sheet.Invoice);
        if (credit is not null)
        {
            return Redirect($"/factures/{credit.Id}");
        }

        Sheet = await InvoiceSheet.LoadAsync(db, id) ?? sheet;
        Errors.AddFrom(errors, new Dictionary<string, (string, string)> { ["id"] = ("avoir", "Avoir") });
        Response.StatusCode = Errors.Status;
        return Page();
    }
}
