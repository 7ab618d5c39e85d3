namespace Cotakine.Money;

/// <summary>
/// The one rounding rule of Cotakine: amounts are rounded to the cent, half away from zero, once per line
/// (7.5 × 2.21 = 16.575 → 16.58 €, as the caisses' published tables and SEED-Doctolib show; binary floating point
/// would give 16.57). Every amount the product shows or stores goes through <see cref="ToCent"/>.
/// </summary>
public static class MoneyRounding
{
    /// <summary>Rounds to the cent, half away from zero.</summary>
    public static decimal ToCent(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>The price of an act: coefficient × point value, rounded to the cent.</summary>
    public static decimal Price(decimal coefficient, decimal pointValue) => ToCent(coefficient * pointValue);

    /// <summary>
    /// The price of an act billed at a share of its coefficient (article 11 B: the second act is « noté à 50 % de son
    /// coefficient »): (coefficient × rate) × point value, rounded once — not the rounded full price times the rate
    /// (RIC 8.12 second act: 4.06 × 2.21 = 8.9726 → 8.97 €, where 17.95 / 2 would give 8.98 €).
    /// </summary>
    public static decimal ReducedPrice(decimal coefficient, decimal pointValue, decimal rate) => ToCent(coefficient * rate * pointValue);
}
