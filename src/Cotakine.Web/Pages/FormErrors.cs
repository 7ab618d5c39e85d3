namespace Cotakine.Web.Pages;

/// <summary>
/// A page form's problems keyed by the form field's id (<c>nom</c>, <c>distance</c>), each a French sentence naming the
/// field. Workflow errors (keyed by the API's field names, <c>lastName : champ obligatoire</c>) are translated with a map
/// from API field to (form field, French label), so the page and the API share one validation.
/// </summary>
internal sealed class FormErrors
{
    private readonly Dictionary<string, string> _byField = [];

    public int Count => _byField.Count;

    public bool Any => _byField.Count > 0;

    public string? For(string field) => _byField.GetValueOrDefault(field);

    public string? Invalid(string field) => _byField.ContainsKey(field) ? "true" : null;

    public IEnumerable<string> All => _byField.Values;

    /// <summary>Whether a problem was a conflict (what is asked already exists): the page answers 409 instead of 400.</summary>
    public bool IsConflict { get; private set; }

    /// <summary>The document that already exists, linked from the errors box (« Voir la facture 2026-000123 »).</summary>
    public Guid? ExistingInvoiceId { get; private set; }

    /// <summary>The status of the page that shows these problems: 409 for a conflict, 400 for bad input.</summary>
    public int Status => IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;

    public void Add(string field, string message)
    {
        _byField[field] = _byField.TryGetValue(field, out var previous) ? previous + " " + message : message;
    }

    public void AddFrom(Errors errors, IReadOnlyDictionary<string, (string Field, string Label)> map)
    {
        foreach (var (apiField, messages) in errors.ToDictionary())
        {
            var (field, label) = map.TryGetValue(apiField, out var target) ? target : (apiField, apiField);
            foreach (var message in messages)
            {
                var text = message.StartsWith(apiField + " : ", StringComparison.Ordinal) ? message[(apiField.Length + 3)..] : message;
                Add(field, $"{label} : {text}{(text.EndsWith('.') ? "" : ".")}");
            }
        }
    }

    /// <summary>Adds the domain's problems beside their form fields (domain field → form id, French label), as « Label : reason. ».</summary>
    public void AddFrom(IEnumerable<Cotakine.Practice.Problem> problems, IReadOnlyDictionary<string, (string Field, string Label)> map)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            var (field, label) = map.TryGetValue(problem.Field, out var target) ? target : (problem.Field, problem.Field);
            Add(field, $"{label} : {problem.Message}{(problem.Message.EndsWith('.') ? "" : ".")}");
            IsConflict |= problem.IsConflict;
            ExistingInvoiceId ??= problem.ExistingInvoiceId;
        }
    }

    /// <summary>The problems by form field id.</summary>
    public Dictionary<string, string> ToDictionary() => new(_byField);
}
