using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice.HorsNomenclature;
using Cotakine.Practice.Invoicing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Api;

internal sealed record HnRequest(Guid? PatientId, DateOnly? Date, string? Label, decimal? Amount, Guid? HnQuoteId);

internal sealed record HnResponse(Guid Id, Guid PatientId, DateOnly Date, string Label, decimal Amount, Guid? HnQuoteId);

/// <summary>
/// Hors-nomenclature care, kept apart from NGAP invoices: devis (required from the catalog's threshold, 70 €) and
/// notes d'honoraires.
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

    private static async Task<Errors> ValidateAsync(HnRequest request, CotakineDbContext db)
    {
        var errors = new Errors();
        if (request.PatientId is not { } patientId || !await db.Patients.AnyAsync(p => p.Id == patientId))
        {
            errors.Add("patientId", "patientId : patient inconnu dans ce cabinet");
        }

        errors.Required("date", request.Date);
        errors.Required("label", request.Label);
        if (request.Amount is not > 0)
        {
            errors.Add("amount", "amount : montant positif obligatoire");
        }

        return errors;
    }

    private static async Task<Results<Created<HnResponse>, ValidationProblem>> CreateQuote(HnRequest request, CotakineDbContext db)
    {
        var errors = await ValidateAsync(request, db);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var row = new HnQuote
        {
            Id = Guid.NewGuid(), PracticeId = db.CurrentPracticeId!.Value, PatientId = request.PatientId!.Value, Date = request.Date!.Value,
            Label = request.Label!.Trim(), AmountCents = Cents.From(request.Amount!.Value),
        };
        db.HnQuotes.Add(row);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/hn-quotes/{row.Id}", new HnResponse(row.Id, row.PatientId, row.Date, row.Label, Cents.ToEuros(row.AmountCents), null));
    }

    private static async Task<Results<Created<HnResponse>, ValidationProblem>> CreateNote(HnRequest request, CotakineDbContext db, NgapCatalog catalog)
    {
        var errors = await ValidateAsync(request, db);
        if (request.HnQuoteId is { } quoteId && !await db.HnQuotes.AnyAsync(q => q.Id == quoteId && q.PatientId == request.PatientId))
        {
            errors.Add("hnQuoteId", "hnQuoteId : devis inconnu pour ce patient");
        }
        else if (request.HnQuoteId is null && request.Amount is { } amount && request.Date is { } date && HnQuoteRule.DevisRequired(catalog, amount, date))
        {
            errors.Add("hnQuoteId", $"hnQuoteId : un devis écrit préalable est obligatoire à partir de {catalog.QuoteThreshold.Value:0.##} €");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var row = new FeeNote
        {
            Id = Guid.NewGuid(), PracticeId = db.CurrentPracticeId!.Value, PatientId = request.PatientId!.Value, HnQuoteId = request.HnQuoteId,
            Date = request.Date!.Value, Label = request.Label!.Trim(), AmountCents = Cents.From(request.Amount!.Value),
        };
        db.FeeNotes.Add(row);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/fee-notes/{row.Id}", new HnResponse(row.Id, row.PatientId, row.Date, row.Label, Cents.ToEuros(row.AmountCents), row.HnQuoteId));
    }
}
