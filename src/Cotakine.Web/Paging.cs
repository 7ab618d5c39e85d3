using System.Globalization;

namespace Cotakine.Web;

/// <summary>
/// The paging of the API's lists (<c>GET /api/invoices</c>, <c>GET /api/patients</c>): <c>limit</c> (default 100, at most
/// 1000) and <c>offset</c> (default 0) read the same way everywhere, with the same French message naming the field, and
/// the number of matching items in <c>X-Total-Count</c>, so a client pages through any list alike.
/// </summary>
internal static class Paging
{
    /// <summary>Page size when <c>limit</c> is not given, and its maximum.</summary>
    public const int DefaultLimit = 100, MaxLimit = 1000;

    /// <summary>Reads <c>limit</c> and <c>offset</c>; a bad value is added to <paramref name="errors"/> under its name.</summary>
    public static (int Take, int Skip) Read(string? limit, string? offset, Errors errors) =>
        (Number("limit", limit, DefaultLimit, 1, MaxLimit, errors), Number("offset", offset, 0, 0, int.MaxValue, errors));

    /// <summary>Says how many items match in all, whatever the page.</summary>
    public static void WriteTotal(HttpResponse response, int total) =>
        response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);

    private static int Number(string name, string? text, int fallback, int min, int max, Errors errors)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        errors.Add(name, $"{name} : « {text} » n'est pas un entier entre {min} et {max}");
        return fallback;
    }
}
