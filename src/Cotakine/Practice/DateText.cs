using System.Globalization;
using Cotakine.Catalog;

namespace Cotakine.Practice;

/// <summary>
/// The one reader and writer of dates of the practice side. The API and the exports read ISO dates only
/// (<c>2026-03-12</c>, <see cref="IsoDate"/>), strictly, as other software writes them; a form typed by a person also
/// takes the French way (<c>12/03/2026</c>, <c>2/3/2026</c>). Documents and messages print the French way. Every page, the
/// API, the exports and the documents go through here, so a date is read and shown alike everywhere.
/// </summary>
public static class DateText
{
    private static readonly string[] FrenchFormats = ["dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>A date written <c>YYYY-MM-DD</c> (API fields, query strings, exports).</summary>
    public static bool TryParseIso(string? text, out DateOnly date) => IsoDate.TryParse(text?.Trim(), out date);

    /// <summary>A date typed in a form: <c>YYYY-MM-DD</c> (the browser's date field) or French <c>JJ/MM/AAAA</c>.</summary>
    public static bool TryParseTyped(string? text, out DateOnly date)
    {
        var trimmed = text?.Trim();
        return IsoDate.TryParse(trimmed, out date)
            || DateOnly.TryParseExact(trimmed, FrenchFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>The French way, <c>12/03/2026</c>: documents, pages, messages.</summary>
    public static string French(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The ISO way, <c>2026-03-12</c>: form fields, links, JSON.</summary>
    public static string Iso(DateOnly date) => IsoDate.Format(date);
}
