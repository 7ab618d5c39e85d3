using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Quoting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Api;

internal sealed record PracticeResponse(Guid Id, string Name, string Department, TravelZone Zone, string Address, IReadOnlyList<PractitionerResponse> Practitioners);

internal sealed record PractitionerResponse(Guid Id, string Rpps, string AmNumber, string LastName, string FirstName);

internal sealed record PractitionerRequest(string? Rpps, string? AmNumber, string? LastName, string? FirstName);

/// <summary>The signed-in user's practice and its practitioners (several per practice).</summary>
internal static class PracticeApi
{
    public static void MapPracticeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/practice").WithTags("Cabinet");
        group.MapGet("/", Get);
        group.MapPost("/practitioners", AddPractitioner);
    }

    private static async Task<Results<Ok<PracticeResponse>, NotFound>> Get(CotakineDbContext db)
    {
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == db.CurrentPracticeId);
        if (practice is null)
        {
            return TypedResults.NotFound();
        }

        var practitioners = await db.Practitioners.OrderBy(p => p.LastName)
            .Select(p => new PractitionerResponse(p.Id, p.Rpps, p.AmNumber, p.LastName, p.FirstName)).ToListAsync();
        return TypedResults.Ok(new PracticeResponse(practice.Id, practice.Name, practice.Department, practice.Zone, practice.Address, practitioners));
    }

    private static async Task<Results<Created<PractitionerResponse>, ValidationProblem>> AddPractitioner(PractitionerRequest request, CotakineDbContext db)
    {
        var errors = new Errors();
        errors.Required("lastName", request.LastName);
        errors.Required("firstName", request.FirstName);
        if (IdentifierCheck.Rpps(request.Rpps) is { } rpps)
        {
            errors.Add("rpps", $"rpps : {rpps}");
        }
        else if (await db.Practitioners.IgnoreQueryFilters().AnyAsync(p => p.Rpps == request.Rpps))
        {
            errors.Add("rpps", "rpps : ce numéro RPPS est déjà enregistré");
        }

        if (IdentifierCheck.AmNumber(request.AmNumber) is { } am)
        {
            errors.Add("amNumber", $"amNumber : {am}");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var row = new Practitioner
        {
            Id = Guid.NewGuid(), PracticeId = db.CurrentPracticeId!.Value, Rpps = request.Rpps!, AmNumber = request.AmNumber!,
            LastName = request.LastName!.Trim(), FirstName = request.FirstName!.Trim(),
        };
        db.Practitioners.Add(row);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/practice/practitioners/{row.Id}", new PractitionerResponse(row.Id, row.Rpps, row.AmNumber, row.LastName, row.FirstName));
    }
}
