using System.Globalization;

namespace Cotakine.Money;

/// <summary>
/// An amount as a French reader expects it in a message or on a document: « 1 234,50 € », a comma before the cents and a
/// no-break space before the euro sign. The domain writes its own messages (« dépasse ce que doit ce payeur (12,00 €) »),
/// so the page and the API say the same amount the same way.
/// </summary>
public static class EuroText
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>
    /// An amount in euros as a kiné types it (« 45 », « 45,50 », « 1 200,00 € »): positive, at most two decimals (a
    /// third decimal is refused, never rounded away).
    /// </summary>
    public static bool TryParseTyped(string? text, out decimal amount)
    {
        amount = 0;
        if (text is null)
        {
            return false;
        }

        var cleaned = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("€", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount)
            && amount > 0 && decimal.Round(amount, 2) == amount;
    }

    /// <summary>The amount, two decimals, French separators, « € ».</summary>
    public static string Format(decimal amount) => amount.ToString("#,##0.00", French) + "\u00a0€";
}
