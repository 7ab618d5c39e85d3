using System.Globalization;
using Cotakine.Practice;
using Cotakine.Quoting;

namespace Cotakine.Web.Pages;

/// <summary>
/// Reads typed form text (kept as typed on the page) into values, adding a French error naming the field when it cannot:
/// dates <c>AAAA-MM-JJ</c> (the date input) or <c>JJ/MM/AAAA</c>, times, whole numbers, kilometres with a comma or a dot.
/// </summary>
internal static class FormValues
{
    public static DateOnly? Date(string? text, string field, string label, FormErrors errors, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, $"{label} : champ obligatoire.");
            }

            return null;
        }

        if (DateText.TryParseTyped(text, out var day))
        {
            return day;
        }

        errors.Add(field, $"{label} : « {text} » n'est pas une date (JJ/MM/AAAA).");
        return null;
    }

    public static TimeOnly? Time(string? text, string field, string label, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm", "HH'h'mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(field, $"{label} : « {text} » n'est pas une heure (HH:MM).");
        return null;
    }

    public static int? Whole(string? text, string field, string label, FormErrors errors, int min = 1)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min)
        {
            return n;
        }

        errors.Add(field, $"{label} : « {text} » n'est pas un nombre entier au moins égal à {min}.");
        return null;
    }

    /// <summary>
    /// An amount in euros as a kiné types it (« 45 », « 45,50 », « 1 200,00 € »): positive, at most two decimals.
    /// </summary>
    public static bool TryEuros(string text, out decimal amount) => Money.EuroText.TryParseTyped(text, out amount);

    public static decimal? Kilometres(string? text, string field, string label, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var km))
        {
            errors.Add(field, $"{label} : « {text} » n'est pas une distance en kilomètres (par exemple 8 ou 7,5).");
            return null;
        }

        if (km > Practice.Sessions.SessionPricing.MaxTravelKm)
        {
            errors.Add(field, $"{label} : {text.Trim()} km, c'est trop long : {Practice.Sessions.SessionPricing.MaxTravelKm} km au plus (aller simple, du cabinet au domicile du patient).");
            return null;
        }

        return km;
    }

    public static Coverage? Coverage(string? text) => text switch
    {
        "standard" => Quoting.Coverage.Standard,
        "ald" => Quoting.Coverage.Ald,
        "at-mp" => Quoting.Coverage.AtMp,
        "maternite" => Quoting.Coverage.Maternite,
        "c2s" => Quoting.Coverage.C2s,
        _ => null,
    };

    public static Regime Regime(string? text) => text == "alsace-moselle" ? Quoting.Regime.AlsaceMoselle : Quoting.Regime.General;

    public static string Age(DateOnly? birth, DateOnly today) =>
        birth is not { } b ? "" : $"{today.Year - b.Year - (today.DayOfYear < b.DayOfYear ? 1 : 0)} ans";
}
