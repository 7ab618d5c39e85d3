using Cotakine.Catalog;
using Cotakine.Money;

namespace Cotakine.Quoting.Rules;

/// <summary>
/// « Indemnités kilométriques » (NGAP dispositions générales art. 13): due only when practice and patient are NOT in the
/// same agglomeration AND more than the zone's threshold apart (2 km plaine, 1 km montagne); the kilometres billed are the
/// round trip minus the deduction each way (8 km plaine → 2 × 8 − 2 × 2 = 12 km), at the territory's rate
/// (IK plaine, IKM montagne, IKS à pied ou à ski — <see cref="NgapCatalog.KilometreRates"/>, ngap-facts §H).
/// </summary>
/// <remarks>
/// Decision: the NGAP says « plus de 2 km », so a distance exactly at the threshold (2.0 km plaine) gives no IK; 2.1 km
/// gives 0.2 km. Contract rule <c>IK_NOT_DUE</c> (info) says why no IK is billed (same agglomeration, under the
/// threshold), and flags a threshold whose confidence is unsure (pied-ski). IK add to the flat indemnity.
/// </remarks>
internal static class KilometreAllowance
{
    public static void Apply(QuoteContext context)
    {
        var travel = context.Request.Travel;
        if (context.Request.Place == PlaceOfCare.Cabinet || travel is null || !context.Billable.Any())
        {
            return;
        }

        var zone = travel.Zone switch
        {
            TravelZone.Montagne => "montagne",
            TravelZone.PiedSki => "pied-ski",
            _ => "plaine",
        };
        var threshold = context.Catalog.KilometreThresholds.FirstOrDefault(t => t.Zone == zone && t.Validity.Contains(context.Date))
            ?? throw new InvalidOperationException($"Seuil IK « {zone} » absent du référentiel au {context.Date:yyyy-MM-dd}.");
        if (travel.SameAgglomeration)
        {
            context.Info(RuleId.IkNotDue, "Pas d'IK : le cabinet et le patient sont dans la même agglomération (NGAP dispositions générales art. 13) ; l'indemnité forfaitaire couvre le déplacement.");
            return;
        }

        if (travel.DistanceKm <= threshold.MinimumOneWayKm)
        {
            context.Info(RuleId.IkNotDue, $"Pas d'IK : {RuleText.Number(travel.DistanceKm)} km, les IK ne sont dues qu'au-delà de {RuleText.Number(threshold.MinimumOneWayKm)} km en zone {zone} (NGAP dispositions générales art. 13) ; l'indemnité forfaitaire couvre le déplacement.");
            return;
        }

        var rate = context.Catalog.KilometreRates.FirstOrDefault(r => r.Zone == zone && r.Territory == context.Territory && r.Validity.Contains(context.Date))
            ?? throw new InvalidOperationException($"Tarif IK « {zone} » absent du référentiel au {context.Date:yyyy-MM-dd}.");
        // Normalised (12.0 → 12) so the quantity prints as the contract shows it.
        var kilometres = ((2 * travel.DistanceKm) - (2 * threshold.DeductedKmEachWay)) / 1.000000000000000000000000000000000m;
        var amount = MoneyRounding.ToCent(kilometres * rate.Rate);
        var label = $"Indemnités kilométriques ({zone})";
        context.ExtraLines.Add(new QuoteLine(
            rate.Code, LineKind.Travel, label, kilometres, rate.Rate, 1m, amount,
            $"{rate.Code} : aller-retour 2 × {RuleText.Number(travel.DistanceKm)} km moins {RuleText.Number(threshold.DeductedKmEachWay)} km par trajet = {RuleText.Number(kilometres)} km × {RuleText.Euro(rate.Rate)} ({RuleText.Territory(context.Territory)}) — NGAP dispositions générales art. 13 ; source {RuleText.Sources(rate.Sources)} ; seuil {RuleText.Sources(threshold.Sources)}"));
        if (threshold.Confidence == Confidence.Unsure || rate.Confidence == Confidence.Unsure)
        {
            context.Info(RuleId.IkNotDue, $"Seuil ou tarif des IK en zone {zone} incertain : {threshold.Note ?? "vérifiez sur ameli"}");
        }
    }
}
