using Cotakine.Persistence;
using Cotakine.Web.Services;
using Cotakine.Persistence.Entities;
using Cotakine.Quoting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Api;

internal sealed record PatientRequest(string? LastName, string? FirstName, DateOnly? BirthDate, Coverage? Coverage, Regime? Regime, DateOnly? AtMpDate);

internal sealed record PatientResponse(Guid Id, string LastName, string FirstName, DateOnly? BirthDate, Coverage Coverage, Regime Regime, DateOnly? AtMpDate)
{
    public static PatientResponse From(PatientRow p) => new(p.Id, p.LastName, p.FirstName, p.BirthDate, p.Coverage, p.Regime, p.AtMpDate);
}

/// <summary>Patients of the practice with their coverage (standard, ALD, AT-MP with date, maternité, C2S; régime).</summary>
internal static class PatientsApi
{
    public static void MapPatientsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/patients").WithTags("Patients");
        group.MapGet("/", async (CotakineDbContext db) =>
            TypedResults.Ok((await db.Patients.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ToListAsync()).Select(PatientResponse.From).ToList()));
        group.MapGet("/{id:guid}", async Task<Results<Ok<PatientResponse>, NotFound>> (Guid id, CotakineDbContext db) =>
            await db.Patients.SingleOrDefaultAsync(p => p.Id == id) is { } p ? TypedResults.Ok(PatientResponse.From(p)) : TypedResults.NotFound());
        group.MapPost("/", Create);
        group.MapPut("/{id:guid}", Update);
    }

    private static async Task<Results<Created<PatientResponse>, ValidationProblem>> Create(PatientRequest request, PatientWorkflow workflow)
    {
        var (row, errors) = await workflow.CreateAsync(request);
        return row is null
            ? TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide")
            : TypedResults.Created($"/api/patients/{row.Id}", PatientResponse.From(row));
    }

    private static async Task<Results<Ok<PatientResponse>, NotFound, ValidationProblem>> Update(Guid id, PatientRequest request, CotakineDbContext db, PatientWorkflow workflow)
    {
        var row = await db.Patients.SingleOrDefaultAsync(p => p.Id == id);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        var errors = await workflow.UpdateAsync(row, request);
        return errors.Any ? TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide") : TypedResults.Ok(PatientResponse.From(row));
    }
}
