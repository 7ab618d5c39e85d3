namespace Cotakine.Persistence;

/// <summary>
/// Whether the practice database has saved anything in the current scope (an HTTP request). The error page of an
/// unexpected failure reads it to tell the truth: « rien n'a été enregistré » when the request failed before or during
/// its one transaction, « l'enregistrement a eu lieu » when it failed after. Set by the context when it saves, so a
/// request that never touches the database never creates a context just to be watched.
/// </summary>
public sealed class ScopeWrites
{
    /// <summary>True once a <c>SaveChanges</c> of this scope has committed.</summary>
    public bool Saved { get; internal set; }
}
