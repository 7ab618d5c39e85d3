using System.Globalization;
using Cotakine.Territories;

namespace Cotakine.Quoting.Rules;

/// <summary>French formatting shared by the rules' messages: euros with a decimal comma, dates as JJ/MM/AAAA.</summary>
internal static class RuleText
{
    /// <summary>2.21 → « 2,21 € ».</summary>
    public static string Euro(decimal amount) => $"{Number(amount, "0.00")} €";

    /// <summary>A number with a decimal comma and no trailing zeros (2.0 → « 2 », 2.5 → « 2,5 »).</summary>
    public static string Number(decimal value, string format = "0.##") =>
        value.ToString(format, CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>2026-02-01 → « 01/02/2026 ».</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>15:30 → « 15 h 30 ».</summary>
    public static string Time(TimeOnly time) => time.Minute == 0
        ? $"{time.Hour} h"
        : $"{time.Hour} h {time.Minute:00}";

    /// <summary>Source keys as the catalog declares them.</summary>
    public static string Sources(IReadOnlyList<string> sources) => string.Join(", ", sources);

    /// <summary>The territory in words for rule texts.</summary>
    public static string Territory(TerritoryKind territory) => territory == TerritoryKind.Drom ? "DROM" : "métropole";
}
