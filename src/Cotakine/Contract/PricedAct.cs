using Cotakine.Catalog;
using Cotakine.Money;
using Cotakine.Territories;

namespace Cotakine.Contract;

/// <summary>
/// An act as in force on a date, priced in a tariff territory: what <c>acts show</c> and <c>acts search</c> print.
/// <see cref="Price"/> and <see cref="PointValue"/> are null when the catalog knows no point value for the letter
/// there (TMK in the DROM): the contract then prints <c>null</c> rather than invent a price.
/// </summary>
public sealed record PricedAct(ActVersion Version, DateOnly Date, TerritoryKind Territory, decimal? PointValue, decimal? Price)
{
    /// <summary>Prices <paramref name="version"/> on <paramref name="date"/> in <paramref name="territory"/>, through <see cref="MoneyRounding.Price"/>.</summary>
    public static PricedAct Create(NgapCatalog catalog, ActVersion version, DateOnly date, TerritoryKind territory)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(version);
        var point = catalog.PointValue(version.Act.Letter, territory, date);
        return new PricedAct(
            version,
            date,
            territory,
            point?.Value,
            point is null ? null : MoneyRounding.Price(version.Coefficient, point.Value));
    }

    /// <summary>The territory as the contract spells it: <c>metro</c> or <c>drom</c>.</summary>
    public string TerritoryName => Territory == TerritoryKind.Drom ? "drom" : "metro";
}
