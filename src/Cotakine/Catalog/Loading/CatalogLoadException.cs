namespace Cotakine.Catalog.Loading;

/// <summary>
/// A nomenclature file that cannot be trusted: the message names the file, the row and the reason, in French,
/// so that whoever edits <c>data/ngap/</c> sees at once what to fix. The catalog never loads half.
/// </summary>
public sealed class CatalogLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CatalogLoadException(string file, string row, string reason)
        : base($"{file}, {row} : {reason}")
    {
        File = file;
        Row = row;
        Reason = reason;
    }

    /// <summary>Creates the exception (serialization-friendly overloads are not needed).</summary>
    public CatalogLoadException()
        : this("?", "?", "erreur inconnue")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CatalogLoadException(string message)
        : this("?", "?", message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public CatalogLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "?";
        Row = "?";
        Reason = message;
    }

    /// <summary>The data file (e.g. <c>acts.json</c>).</summary>
    public string File { get; }

    /// <summary>The row (e.g. <c>acts[12] (ric-lca)</c>).</summary>
    public string Row { get; }

    /// <summary>Why the row is rejected.</summary>
    public string Reason { get; }
}
