using Cotakine.Quoting;

namespace Cotakine.Web.Forms;

/// <summary>A read form: either a valid <see cref="Request"/> or French <see cref="Errors"/> by field name (query key).</summary>
public sealed record SessionFormResult(QuoteRequest? Request, IReadOnlyDictionary<string, string> Errors)
{
    /// <summary>Whether the form is valid.</summary>
    public bool IsValid => Request is not null && Errors.Count == 0;

    /// <summary>The error of a field, or null.</summary>
    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);
}
