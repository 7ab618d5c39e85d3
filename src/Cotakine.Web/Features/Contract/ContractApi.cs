using System.Globalization;
using System.Text.Json;
using Cotakine.Catalog;
using Cotakine.Contract;
using Cotakine.Practice;
using Cotakine.Quoting;
using Cotakine.Search;
using Cotakine.Territories;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cotakine.Web.Features.Contract;

/// <summary>
/// The public contract routes (CONTRACT.md 1.1), open without login: act search, act suggest, act show, quote. Same JSON as the CLI's
/// <c>--json</c> (written by <see cref="ContractJson"/>); invalid input is a 400 problem naming the field; a quote with
/// errors is a 200 with its issues.
/// </summary>
internal static class ContractApi
{
    public static void MapContractApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Contrat public").AllowAnonymous();
        group.MapGet("/acts", Search)
            .WithName("SearchActs")
            .WithSummary("Chercher les actes en vigueur à une date (contrat : acts search)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem();
        group.MapGet("/acts/suggest", Suggest)
            .WithName("SuggestActs")
            .WithSummary("Proposer les actes qui correspondent au texte d'une prescription, avec la raison de chacun (contrat 1.1 : acts suggest)")
            .WithDescription("text : l'indication telle qu'écrite ; date : AAAA-MM-JJ (aujourd'hui par défaut) ; limit : 5 par défaut. Réponse : tableau [{code, letter, coefficient, label, price, because[]}], le meilleur d'abord, [] si rien ne correspond.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem();
        group.MapGet("/acts/{code}", Show)
            .WithName("ShowAct")
            .WithSummary("Afficher un code tel qu'en vigueur à une date dans un département (contrat : acts show)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/quote", QuoteAsync)
            .WithName("Quote")
            .WithSummary("Coter une séance (contrat : quote ; part c2s pour un patient C2S, contrat 1.1)")
            .Accepts<JsonElement>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem();
    }

    private static Results<ContentHttpResult, ValidationProblem> Suggest(string? text, string? date, string? limit, NgapCatalog catalog, PracticeCalendar clock)
    {
        var errors = new Errors();
        var day = ReadDate(date, clock, errors);
        var max = ReadLimit(limit, 5, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var suggestions = string.IsNullOrWhiteSpace(text) ? [] : ActSuggester.For(catalog).Suggest(text, day, max);
        var priced = suggestions.Select(s => (PricedAct.Create(catalog, s.Version, day, TerritoryKind.Metro), s.Because));
        return TypedResults.Content(ContractJson.Suggestions(priced), "application/json; charset=utf-8");
    }

    private static Results<ContentHttpResult, ValidationProblem> Search(string? q, string? date, string? limit, NgapCatalog catalog, PracticeCalendar clock)
    {
        var errors = new Errors();
        var day = ReadDate(date, clock, errors);
        var max = ReadLimit(limit, 10, errors);

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

    private static int ReadLimit(string? limit, int byDefault, Errors errors)
    {
        if (limit is null)
        {
            return byDefault;
        }

        if (int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max >= 1)
        {
            return max;
        }

        errors.Add("limit", $"limit : « {limit} » n'est pas un nombre entier supérieur ou égal à 1");
        return byDefault;
    }

    private static DateOnly ReadDate(string? date, PracticeCalendar clock, Errors errors)
    {
        if (date is null)
        {
            return clock.Today;
        }

        if (DateText.TryParseIso(date, out var day))
        {
            return day;
        }

        errors.Add("date", $"date : « {date} » n'est pas une date AAAA-MM-JJ");
        return default;
    }
}
