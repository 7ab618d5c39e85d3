namespace Cotakine.Quoting;

/// <summary>How serious an issue is: an <see cref="Error"/> means the session cannot be billed as given.</summary>
public enum Severity
{
    /// <summary>For information (an unsure fact, a rule that was applied).</summary>
    Info,

    /// <summary>Billable, but check.</summary>
    Warning,

    /// <summary>Not billable as given.</summary>
    Error,
}
