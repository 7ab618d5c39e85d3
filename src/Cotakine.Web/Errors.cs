namespace Cotakine.Web;

/// <summary>Collects input problems keyed by field (camelCase, as in the JSON), for a 400 ValidationProblem.</summary>
internal sealed class Errors
{
    private readonly Dictionary<string, List<string>> _byField = [];

    public bool Any => _byField.Count > 0;

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var list))
        {
            _byField[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>Adds a domain problem under its field, said the API's way (« field : reason »).</summary>
    public void Add(Cotakine.Practice.Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Add(problem.Field, $"{problem.Field} : {problem.Message}");
    }

    /// <summary>The domain's problems said the API's way.</summary>
    public static Errors From(IEnumerable<Cotakine.Practice.Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var errors = new Errors();
        foreach (var problem in problems)
        {
            errors.Add(problem);
        }

        return errors;
    }

    /// <summary>The API's 400 answer to an action the domain refused: an RFC 9457 problem naming each field.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(IEnumerable<Cotakine.Practice.Problem> problems) =>
        TypedResults.ValidationProblem(From(problems).ToDictionary(), title: "Requête invalide");

    /// <summary>
    /// The API's 409 answer when what is asked already exists (<see cref="Cotakine.Practice.Problem.IsConflict"/>): an
    /// RFC 9457 problem whose title says what exists (« séance déjà facturée : facture 2026-000123 »), with each field's
    /// reason under <c>errors</c> and the existing document under <c>existingInvoiceId</c> / <c>existing</c> (its URL).
    /// </summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Conflict(IEnumerable<Cotakine.Practice.Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = problems.ToList();
        var first = list.First(p => p.IsConflict);
        var extensions = new Dictionary<string, object?> { ["errors"] = From(list).ToDictionary() };
        if (first.ExistingInvoiceId is { } existing)
        {
            extensions["existingInvoiceId"] = existing;
            extensions["existing"] = $"/api/invoices/{existing}";
        }

        return TypedResults.Problem(title: first.Message, statusCode: StatusCodes.Status409Conflict, extensions: extensions);
    }

    /// <summary>Whether the refusal is a conflict (409, <see cref="Conflict"/>) rather than bad input (400, <see cref="Invalid"/>).</summary>
    public static bool IsConflict(IEnumerable<Cotakine.Practice.Problem> problems) => problems.Any(p => p.IsConflict);

    public Dictionary<string, string[]> ToDictionary() => _byField.ToDictionary(p => p.Key, p => p.Value.ToArray());

    /// <summary>
    /// The ISO date (<c>AAAA-MM-JJ</c>) of a query or body field, or null: absent is fine unless <paramref name="required"/>,
    /// malformed is a problem on the field. One reading for every endpoint that takes a day.
    /// </summary>
    public DateOnly? IsoDate(string field, string? text, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Add(field, $"{field} : champ obligatoire (date AAAA-MM-JJ)");
            }

            return null;
        }

        if (Cotakine.Practice.DateText.TryParseIso(text, out var day))
        {
            return day;
        }

        Add(field, $"{field} : « {text} » n'est pas une date AAAA-MM-JJ");
        return null;
    }

    public void Required(string field, object? value)
    {
        if (value is null || (value is string s && string.IsNullOrWhiteSpace(s)))
        {
            Add(field, $"{field} : champ obligatoire");
        }
    }
}
