using Cotakine.Practice;
using Cotakine.Web.Features.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.Exports;

/// <summary>
/// « Exports comptables »: pick a period (the current month by default) and download the journal des factures or the
/// livre des recettes as CSV for the accountant (<see cref="AccountingExport"/>). A bad period is explained in French
/// with what was typed kept.
/// </summary>
internal sealed class IndexModel(AccountingExport export, PracticeCalendar clock) : PageModel
{
    /// <summary>Start of the period (inclusive).</summary>
    [BindProperty(SupportsGet = true, Name = "du")]
    public string? From { get; set; }

    /// <summary>End of the period (inclusive).</summary>
    [BindProperty(SupportsGet = true, Name = "au")]
    public string? To { get; set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
        var today = clock.Today;
        From ??= Fr.Iso(new DateOnly(today.Year, today.Month, 1));
        To ??= Fr.Iso(today);
    }

    public Task<IActionResult> OnGetFacturesAsync() => DownloadAsync(export.InvoicesAsync);

    public Task<IActionResult> OnGetRecettesAsync() => DownloadAsync(export.ReceiptsAsync);

    private async Task<IActionResult> DownloadAsync(Func<DateOnly, DateOnly, CancellationToken, Task<ExportFile>> build)
    {
        var from = FormValues.Date(From, "du", "Du", Errors, required: true);
        var to = FormValues.Date(To, "au", "Au", Errors, required: true);
        if (from > to)
        {
            Errors.Add("au", $"Au : la fin de période ({Fr.Date(to!.Value)}) précède son début ({Fr.Date(from!.Value)}).");
        }

        if (Errors.Any)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var file = await build(from!.Value, to!.Value, HttpContext.RequestAborted);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
