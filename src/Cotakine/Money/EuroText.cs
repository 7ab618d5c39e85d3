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

    /// <summary>The amount, two decimals, French separators, « € ».</summary>
    public static string Format(decimal amount) => amount.ToString("#,##0.00", French) + "\u00a0€";
}
