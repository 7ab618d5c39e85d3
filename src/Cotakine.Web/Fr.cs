using System.Globalization;
using Cotakine.Practice;

namespace Cotakine.Web;

/// <summary>French display formats used by pages and documents alike (amounts « 48,59 € », dates « 12/03/2026 »).</summary>
public static class Fr
{
    /// <summary>The French culture.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>An amount already rounded by the domain, with two decimals and a non-breaking space before €.</summary>
    public static string Euros(decimal amount) => Money.EuroText.Format(amount);

    /// <summary>An amount or « inconnu » when the catalog has no price.</summary>
    public static string Euros(decimal? amount) => amount is { } a ? Euros(a) : "inconnu";

    /// <summary>A date as <c>12/03/2026</c>.</summary>
    public static string Date(DateOnly date) => Practice.DateText.French(date);

    /// <summary>A date as <c>2026-03-12</c> (form fields and links).</summary>
    public static string Iso(DateOnly date) => Practice.DateText.Iso(date);

    /// <summary>A validity « du 22/02/2024 au 31/12/2025 » (inclusive end) or « depuis le … » while open-ended.</summary>
    public static string Validity(Catalog.Validity validity) =>
        validity.To is { } to ? $"du {Date(validity.From)} au {Date(to)}" : $"depuis le {Date(validity.From)}";

    /// <summary>A quantity or rate without useless decimals, French comma (<c>0,5</c>, <c>12</c>).</summary>
    public static string Number(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(Culture);
}
