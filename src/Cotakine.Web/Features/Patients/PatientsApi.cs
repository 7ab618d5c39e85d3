using Cotakine.Persistence;
using Cotakine.Practice.Patients;
using Cotakine.Quoting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Patient = Cotakine.Practice.Patients.Patient;

namespace Cotakine.Web.Features.Patients;

internal sealed record PatientRequest(
    string? LastName, string? FirstName, DateOnly? BirthDate, Coverage? Coverage, Regime? Regime, DateOnly? AtMpDate,
    string? Nir = null, string? Caisse = null, string? Address = null, string? PostalCode = null, string? Commune = null,
    string? Phone = null, string? Email = null, string? PrimaryCarePhysician = null,
    string? AmcName = null, string? AmcMemberNumber = null, int? AmcPercent = null)
{
    /// <summary>The record's details, normalised (<see cref="PatientDetails.Normalised"/>).</summary>
    public PatientDetails Details() =>
        new PatientDetails(Nir, Caisse, Address, PostalCode, Commune, Phone, Email, PrimaryCarePhysician, AmcName, AmcMemberNumber, AmcPercent).Normalised();
}

internal sealed record PatientResponse(
    Guid Id, string LastName, string FirstName, DateOnly? BirthDate, Coverage Coverage, Regime Regime, DateOnly? AtMpDate,
    string? Nir, string? Caisse, string? Address, string? PostalCode, string? Commune, string? Phone, string? Email,
    string? PrimaryCarePhysician, string? AmcName, string? AmcMemberNumber, int? AmcPercent)
{
    public static PatientResponse From(Patient p) => new(
        p.Id, p.LastName, p.FirstName, p.BirthDate, p.Coverage, p.Regime, p.AtMpDate, p.Nir, p.Caisse, p.Address, p.PostalCode, p.Commune,
        p.Phone, p.Email, p.PrimaryCarePhysician, p.AmcName, p.AmcMemberNumber, p.AmcPercent);
}

/// <summary>
/// Patients of the practice with their coverage (standard, ALD, AT-MP with date, maternité, C2S; régime). The list is
/// paged and searchable because a centre has thousands of patients. Written by the same use cases as the pages.
/// </summary>
internal static class PatientsApi
{
    public static void MapPatientsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/patients").WithTags("Patients");
        group.MapGet("/", List)
            .WithSummary("Patients du cabinet, par pages, avec recherche par nom")
            .WithDescription(
                "Une page des patients du cabinet par ordre alphabétique (nom, prénom). `q` : mots cherchés dans le nom et le prénom, " +
                "tous présents, sans tenir compte des accents ni de la casse (comme la recherche de la page Patients). " +
                "`limit` : taille de la page, 100 par défaut, 1000 au plus ; `offset` : nombre de patients sautés (0 par défaut). " +
                "Le nombre total de patients qui correspondent est dans l'en-tête `X-Total-Count`. " +
                "Une valeur invalide répond 400 (problème RFC 9457 qui nomme le champ). " +
                "Avant cette version, la liste rendait tous les patients d'un coup : un client qui en attend plus de 100 suit maintenant `offset`.");
        group.MapGet("/{id:guid}", async Task<Results<Ok<PatientResponse>, NotFound>> (Guid id, CotakineDbContext db) =>
            await db.Patients.SingleOrDefaultAsync(p => p.Id == id) is { } p ? TypedResults.Ok(PatientResponse.From(p)) : TypedResults.NotFound());
        group.MapPost("/", Create);
        group.MapPut("/{id:guid}", Update);
    }

    /// <summary>
    /// <c>GET /api/patients?q=&amp;limit=&amp;offset=</c>: one page of the matching patients, alphabetically, found by the
    /// same rule as the « Patients » page (<see cref="PatientSearch"/>); how many match in <c>X-Total-Count</c>.
    /// </summary>
    private static async Task<Results<Ok<List<PatientResponse>>, ValidationProblem>> List(
        string? q, string? limit, string? offset, PatientSearch search, HttpResponse response)
    {
        var errors = new Errors();
        var (take, skip) = Paging.Read(limit, offset, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var (page, total) = await search.FindAsync(q, skip, take);
        Paging.WriteTotal(response, total);
        return TypedResults.Ok(page.Select(PatientResponse.From).ToList());
    }

    private static async Task<Results<Created<PatientResponse>, ValidationProblem>> Create(PatientRequest request, CreatePatient createPatient)
    {
        var (patient, problems) = await createPatient.ExecuteAsync(request);
        return patient is null
            ? Errors.Invalid(problems)
            : TypedResults.Created($"/api/patients/{patient.Id}", PatientResponse.From(patient));
    }

    private static async Task<Results<Ok<PatientResponse>, NotFound, ValidationProblem>> Update(Guid id, PatientRequest request, CotakineDbContext db, UpdatePatient updatePatient)
    {
        var patient = await db.Patients.SingleOrDefaultAsync(p => p.Id == id);
        if (patient is null)
        {
            return TypedResults.NotFound();
        }

        var problems = await updatePatient.ExecuteAsync(patient, request);
        return problems.Any ? Errors.Invalid(problems) : TypedResults.Ok(PatientResponse.From(patient));
    }
}
