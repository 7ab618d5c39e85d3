using UglyToad.PdfPig;

namespace Cotakine.Browser.Tests;

/// <summary>Reads a PDF's words back with PdfPig, spaces normalised (NBSP and narrow NBSP become plain spaces).</summary>
internal static class Pdf
{
    public static string Text(byte[] bytes)
    {
        using var doc = PdfDocument.Open(bytes);
        var words = doc.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text);
        return string.Join(' ', words).Replace('\u00a0', ' ').Replace('\u202f', ' ');
    }
}
