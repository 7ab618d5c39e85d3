using Cotakine.Catalog;
using Cotakine.Money;
using Cotakine.Quoting;

namespace Cotakine.Web.Tests;

/// <summary>
/// Prices a session as coefficient × point value (MoneyRounding.Price), AMO 60 % (100 % outside standard coverage).
/// Stands in for the quote engine while it is written on its own branch; these tests check the practice workflow
/// (storage, numbering, shares, DAP), not the NGAP pricing, which the engine's own tests cover.
/// </summary>
internal static class StandInQuoter
{
    public static Quote Quote(QuoteRequest request)
    {
        var catalog = Catalog.Loading.CatalogLoader.Embedded;
        var lines = request.Acts.Select(code =>
        {
            var point = catalog.PointValue(code.Letter, request.Department.Territory, request.Date)!.Value;
            var price = MoneyRounding.Price(code.Coefficient, point);
            return new QuoteLine(code.ToString(), LineKind.Act, code.ToString(), 1, price, 1, price, "stand-in");
        }).ToList();
        var total = lines.Sum(l => l.Amount);
        var amo = MoneyRounding.ToCent(total * (request.Patient.Coverage == Coverage.Standard ? 0.6m : 1m));
        return new Quote(request.Date, request.Department.Territory, 0, lines, total, amo, total - amo, [], catalog.Version);
    }
}
