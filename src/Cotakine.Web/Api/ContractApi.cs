using System.Globalization;
using System.Text.Json;
using Cotakine.Catalog;
using Cotakine.Contract;
using Cotakine.Quoting;
using Cotakine.Search;
using Cotakine.Territories;
using Microsoft.AspNetCore.Http.HttpResults;

using Cotakine.Practice;

namespace Cotakine.Web.Api;

/// <summary>
/// The public contract routes (CONTRACT.md), open without login: act search, act show, quote. Same JSON as the CLI's
/// <c>--json</c> (written by <see cref="ContractJson"/>); invalid input is a 400 problem naming the field; a quote with
/// errors is a 200 with its issues.
/// </summary>
internal static class ContractApi
{
    public static void MapContractApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Contrat public").AllowAnonymous();
        group.MapGet("/acts", Search);
        group.MapGet("/acts/{code}", Show);
        group.MapPost("/quote", QuoteAsync);
    }

    private static Results<ContentHttpResult, ValidationProblem> Search(string? q, string? date, string? limit, NgapCatalog catalog, PracticeCalendar clock)
    {
        var errors = new Errors();
        var day = ReadDate(date, clock, errors);
        var max = 10;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out max) || max < 1))
        {
            errors.Add("limit", $"limit : « {limit} » n'est pas un nombre entier supérieur ou égal à 1");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var results = new ActSearch(catalog).Search(q ?? "", day, max).Select(r => PricedAct.Create(catalog, r.Version, day, TerritoryKind.Metro));
        return TypedResults.Content(ContractJson.SearchResults(results), "application/json; charset=utf-8");
    }

    private static Results<ContentHttpResult, ValidationProblem, ProblemHttpResult> Show(string code, string? date, string? department, NgapCatalog catalog, PracticeCalendar clock)
    {
        var errors = new Errors();
        if (!ActCode.TryParse(code, out var parsed))
        {
            errors.Add("code", $"code : « {code} » n'est pas un code d'acte (attendu : une lettre-clé et un coefficient, par exemple « RIC 8.08 »)");
        }

        var place = catalog.FindDepartment(department ?? "75");
        if (place is null)
        {
            errors.Add("department", $"department : « {department} » n'est pas un département connu (attendu : 01…95, 2A, 2B, 971…976)");
        }

        var day = ReadDate(date, clock, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var version = catalog.Find(parsed, day);
        if (version is null)
        {
            return TypedResults.Problem(title: $"{parsed} n'est pas en vigueur le {day:dd/MM/yyyy}.", statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Content(ContractJson.ActShow(PricedAct.Create(catalog, version, day, place!.Territory), catalog), "application/json; charset=utf-8");
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem>> QuoteAsync(HttpRequest http, NgapCatalog catalog, SessionQuoter quoter)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Body);
        }
        catch (JsonException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["body : JSON illisible"] }, title: "Requête invalide");
        }

        using (document)
        {
            if (!new QuoteRequestReader(catalog).TryRead(document.RootElement, out var request, out var problems))
            {
                var errors = new Errors();
                foreach (var problem in problems)
                {
                    errors.Add(problem.Field.Length == 0 ? "body" : problem.Field, problem.ToString());
                }

                return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
            }

            return TypedResults.Content(ContractJson.Quote(quoter(request)), "application/json; charset=utf-8");
        }
    }

    private static DateOnly ReadDate(string? date, PracticeCalendar clock, Errors errors)
    {
        if (date is null)
        {
            return clock.Today;
        }

        if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add("date", $"date : « {date} » n'est pas une date AAAA-MM-JJ");
        return default;
    }
}
