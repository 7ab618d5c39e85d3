namespace Cotakine.Quoting;

/// <summary>A problem or remark about the session: a result, not an exception. <see cref="Message"/> is French and says what to do.</summary>
public sealed record QuoteIssue(Severity Severity, string Rule, string Message, string? Code = null);
