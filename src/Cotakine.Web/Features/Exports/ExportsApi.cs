using System.Globalization;
using Cotakine.Practice;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cotakine.Web.Features.Exports;

/// <summary>
/// The accountant's exports as CSV (<see cref="AccountingExport"/>): <c>GET /api/exports/invoices?from=D&amp;to=D</c> (journal des
/// factures) and <c>GET /api/exports/receipts?from=D&amp;to=D</c> (livre des recettes), dates AAAA-MM-JJ inclusive, in the
/// practice's calendar. Billing data only, so a secrétaire may export too.
/// </summary>
internal static class ExportsApi
{
    public static void MapExportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/exports").WithTags("Exports comptables");
        group.MapGet("/invoices", (string? from, string? to, AccountingExport export, CancellationToken cancel) =>
            ExportAsync(from, to, (f, t) => export.InvoicesAsync(f, t, cancel)));
        group.MapGet("/receipts", (string? from, string? to, AccountingExport export, CancellationToken cancel) =>
            ExportAsync(from, to, (f, t) => export.ReceiptsAsync(f, t, cancel)));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(string? from, string? to, Func<DateOnly, DateOnly, Task<ExportFile>> build)
    {
        var errors = new Errors();
        var start = errors.IsoDate("from", from, required: true);
        var end = errors.IsoDate("to", to, required: true);
        if (start > end)
        {
            errors.Add("to", $"to : la fin de période ({end:dd/MM/yyyy}) précède son début ({start:dd/MM/yyyy})");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var file = await build(start!.Value, end!.Value);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
