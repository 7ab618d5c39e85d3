namespace Cotakine.Persistence;

/// <summary>
/// A change to a record that the law makes immutable once written — an issued invoice or credit note — refused before
/// anything is saved. Its own type, so that the web app answers 409 Conflict by what the failure is, not by the words
/// of its message; the message says what to do instead, in French.
/// </summary>
public sealed class ImmutableRecordException : InvalidOperationException
{
    /// <summary>Creates the exception with the French explanation <paramref name="message"/>.</summary>
    public ImmutableRecordException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ImmutableRecordException()
        : base("Cet enregistrement est immuable.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public ImmutableRecordException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
