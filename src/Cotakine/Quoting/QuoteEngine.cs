using Cotakine.Catalog;
using Cotakine.Quoting.Rules;

namespace Cotakine.Quoting;

/// <summary>
/// Turns a validated session request into a quote, applying the NGAP billing rules of <c>Quoting/Rules</c> to the catalog.
/// Pure: no clock, no I/O; the same request and catalog always give the same quote.
/// </summary>
/// <remarks>
/// The rules run in this order, each a small unit named as the NGAP names it: <c>ActInForce</c> (price on the date),
/// <c>Article11BCumulation</c> (one act per session, article 11 B), <c>BilanCadenceRule</c> (BDK renewal),
/// <c>DapThreshold</c> (référentiels), <c>DailySessionLimit</c> (sessions per day), <c>TravelIndemnity</c> (IFD / IFS…), <c>KilometreAllowance</c> (IK),
/// <c>NightAndSundayMajoration</c>, <c>FeesRule</c> (DE / HN), then <c>AmoShare</c> (AMO and C2S shares) and
/// <c>FranchiseMedicale</c> (what the caisse withholds, shown apart). Lines: acts in request order,
/// then travel, majoration and fees.
/// </remarks>
public sealed class QuoteEngine(NgapCatalog catalog)
{
    /// <summary>The catalog the engine prices with.</summary>
    public NgapCatalog Catalog { get; } = catalog;

    /// <summary>Quotes one session.</summary>
    public Quote Quote(QuoteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = new QuoteContext(Catalog, request);
        ActInForce.Apply(context);
        Article11BCumulation.Apply(context);
        BilanCadenceRule.Apply(context);
        DapThreshold.Apply(context);
        DailySessionLimit.Apply(context);
        TravelIndemnity.Apply(context);
        KilometreAllowance.Apply(context);
        NightAndSundayMajoration.Apply(context);
        FeesRule.Apply(context);

        var lines = new List<QuoteLine>(context.Acts.Count + context.ExtraLines.Count);
        var total = 0m;
        foreach (var act in context.Acts)
        {
            if (act.Billable)
            {
                var line = act.ToLine();
                lines.Add(line);
                total += line.Amount;
            }
        }

        foreach (var line in context.ExtraLines)
        {
            lines.Add(line);
            total += line.Amount;
        }

        var (amo, c2s) = AmoShare.Apply(context, lines);
        var franchise = FranchiseMedicale.Estimate(context, lines, amo);
        var pointValue = Catalog.PointValue("*", context.Territory, request.Date)?.Value ?? 0m;
        return new Quote(request.Date, context.Territory, pointValue, lines, total, amo, total - amo, context.Issues, Catalog.Version, c2s, franchise);
    }
}
