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
}
