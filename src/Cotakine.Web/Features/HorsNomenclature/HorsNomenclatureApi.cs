using Cotakine.Persistence;
using Cotakine.Practice.HorsNomenclature;
using Cotakine.Practice.Invoicing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.HorsNomenclature;

internal sealed record HnRequest(Guid? PatientId, DateOnly? Date, string? Label, decimal? Amount, Guid? HnQuoteId);

internal sealed record HnResponse(Guid Id, Guid PatientId, DateOnly Date, string Label, decimal Amount, Guid? HnQuoteId);

/// <summary>
/// Hors-nomenclature care, kept apart from NGAP invoices: devis (required from the catalog's threshold, 70 €) and
/// notes d'honoraires, written by the same use cases as the « Hors nomenclature » form.
/// </summary>
internal static class HorsNomenclatureApi
{
    public static void MapHorsNomenclatureApi(this IEndpointRouteBuilder app)
    {
        var quotes = app.MapGroup("/api/hn-quotes").WithTags("Hors nomenclature");
        quotes.MapGet("/", async (CotakineDbContext db) =>
            TypedResults.Ok(await db.HnQuotes.Select(q => new HnResponse(q.Id, q.PatientId, q.Date, q.Label, q.AmountCents / 100m, null)).ToListAsync()));
        quotes.MapPost("/", CreateQuote);
        var notes = app.MapGroup("/api/fee-notes").WithTags("Hors nomenclature");
        notes.MapGet("/", async (CotakineDbContext db) =>
            TypedResults.Ok(await db.FeeNotes.Select(n => new HnResponse(n.Id, n.PatientId, n.Date, n.Label, n.AmountCents / 100m, n.HnQuoteId)).ToListAsync()));
        notes.MapPost("/", CreateNote);
    }

    private static async Task<Results<Created<HnResponse>, ValidationProblem>> CreateQuote(HnRequest request, CreateHnQuote createQuote)
    {
        var (quote, problems) = await createQuote.ExecuteAsync(request);
        return quote is null
            ? Errors.Invalid(problems)
            : TypedResults.Created($"/api/hn-quotes/{quote.Id}", new HnResponse(quote.Id, quote.PatientId, quote.Date, quote.Label, Cents.ToEuros(quote.AmountCents), null));
    }

    private static async Task<Results<Created<HnResponse>, ValidationProblem>> CreateNote(HnRequest request, CreateFeeNote createNote)
    {
        var (note, problems) = await createNote.ExecuteAsync(request);
        return note is null
            ? Errors.Invalid(problems)
            : TypedResults.Created($"/api/fee-notes/{note.Id}", new HnResponse(note.Id, note.PatientId, note.Date, note.Label, Cents.ToEuros(note.AmountCents), note.HnQuoteId));
    }
}
