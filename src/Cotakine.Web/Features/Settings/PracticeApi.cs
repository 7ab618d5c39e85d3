using Cotakine.Practice;
using Cotakine.Quoting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cotakine.Web.Features.Settings;

internal sealed record PracticeResponse(Guid Id, string Name, string Department, TravelZone Zone, string Address, IReadOnlyList<PractitionerResponse> Practitioners);

internal sealed record PractitionerResponse(Guid Id, string Rpps, string AmNumber, string LastName, string FirstName)
{
    public static PractitionerResponse From(Practitioner p) => new(p.Id, p.Rpps, p.AmNumber, p.LastName, p.FirstName);
}

internal sealed record PractitionerRequest(string? Rpps, string? AmNumber, string? LastName, string? FirstName);

/// <summary>The signed-in user's practice and its practitioners (several per practice), saved as « Réglages » saves them.</summary>
internal static class PracticeApi
{
    public static void MapPracticeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/practice").WithTags("Cabinet");
        group.MapGet("/", Get);
        group.MapPost("/practitioners", AddPractitioner);
    }

    private static async Task<Results<Ok<PracticeResponse>, NotFound>> Get(SettingsQueries settings)
    {
        if (await settings.LoadAsync() is not { Practice: var practice, Practitioners: var practitioners })
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new PracticeResponse(
            practice.Id, practice.Name, practice.Department, practice.Zone, practice.Address, practitioners.Select(PractitionerResponse.From).ToList()));
    }

    private static async Task<Results<Created<PractitionerResponse>, ValidationProblem, ProblemHttpResult>> AddPractitioner(
        PractitionerRequest request, SavePractitioner savePractitioner, HttpContext http)
    {
        var (practitioner, problems) = await savePractitioner.ExecuteAsync(null, request, http.User);
        return practitioner is not null ? TypedResults.Created($"/api/practice/practitioners/{practitioner.Id}", PractitionerResponse.From(practitioner))
            : problems.On("role") ? TypedResults.Problem(title: $"Accès refusé : {Roles.KineOnly}.", statusCode: StatusCodes.Status403Forbidden)
            : Errors.Invalid(problems);
    }
}
