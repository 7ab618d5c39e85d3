namespace Cotakine.Web.Documents;

/// <summary>The PDF font is not installed: an installation problem the UI explains in French instead of failing blindly.</summary>
public sealed class PdfFontMissingException : Exception
{
    /// <summary>Creates the exception with a French message.</summary>
    public PdfFontMissingException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public PdfFontMissingException() : base("Police PDF introuvable.")
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public PdfFontMissingException(string message, Exception inner) : base(message, inner)
    {
    }
}
