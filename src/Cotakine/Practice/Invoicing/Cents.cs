using Cotakine.Money;

namespace Cotakine.Practice.Invoicing;

/// <summary>
/// Conversion between euros (decimal, the domain's unit) and integer cents (the database's unit: SQLite cannot order
/// decimals). Goes through <see cref="MoneyRounding"/>, the one rounding rule.
/// </summary>
public static class Cents
{
    /// <summary>Euros to cents, rounded half away from zero.</summary>
    public static long From(decimal euros) => (long)(MoneyRounding.ToCent(euros) * 100m);

    /// <summary>Cents to euros.</summary>
    public static decimal ToEuros(long cents) => cents / 100m;
}
