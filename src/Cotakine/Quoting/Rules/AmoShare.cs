using Cotakine.Catalog;
using Cotakine.Money;

namespace Cotakine.Quoting.Rules;

/// <summary>
/// « Part de l'assurance maladie obligatoire »: the AMO pays a rate of the NGAP lines (acts, bilans, supplements, travel,
/// majorations) by coverage and régime — 60 % standard, 90 % régime local d'Alsace-Moselle, 100 % ALD / AT-MP /
/// maternité (<see cref="NgapCatalog.AmoRates"/>, ngap-facts §J). Fees (DE, HN) are never in the AMO share.
/// amo = sum of NGAP lines × rate, rounded once to the cent; patientShare = total − amo.
/// For a C2S patient the AMO keeps its own rate (60 %, 90 % in Alsace-Moselle) and the complémentaire santé solidaire
/// pays the rest of the NGAP lines (<see cref="AmoRate.Complementary"/>, ameli « Complémentaire santé solidaire »):
/// c2s = NGAP lines − amo, so that the patient pays nothing but a DE asked for.
/// </summary>
/// <remarks>
/// Decision: the contract has no identifier for reimbursement facts; a rate whose confidence is « unsure » (as for acts and travel)
/// is reported as an info under <c>ACT_NOT_IN_FORCE</c>, the contract's identifier for « what applies on this date ». The franchise
/// médicale is withheld by the caisse from its payment, not from the invoice: <see cref="FranchiseMedicale"/> shows it apart.
/// </remarks>
internal static class AmoShare
{
    /// <summary>The AMO share and, for a C2S patient, the C2S share (null otherwise).</summary>
    public static (decimal Amo, decimal? C2s) Apply(QuoteContext context, IReadOnlyList<QuoteLine> lines)
    {
        var coverage = CoverageName(context.Request.Patient.Coverage);
        var regime = context.Request.Patient.Regime == Regime.AlsaceMoselle ? "alsace-moselle" : "general";
        var rate = Rate(context.Catalog.AmoRates, coverage, regime, context.Date)
            ?? throw new InvalidOperationException($"Taux AMO « {coverage} / {regime} » absent du référentiel au {context.Date:yyyy-MM-dd}.");
        if (rate.Confidence == Confidence.Unsure)
        {
            context.Info(RuleId.ActNotInForce, $"Part AMO de {RuleText.Number(rate.Rate * 100)} % ({coverage}, régime {regime}) : taux à confirmer (source {RuleText.Sources(rate.Sources)}).");
        }

        var ngap = 0m;
        foreach (var line in lines)
        {
            if (line.Kind != LineKind.Fee)
            {
                ngap += line.Amount;
            }
        }

        var amo = MoneyRounding.ToCent(ngap * rate.Rate);
        return (amo, rate.Complementary is null ? null : MoneyRounding.ToCent(ngap) - amo);
    }

    /// <summary>The first row in force for the coverage and the régime, else the first for every régime (<c>*</c>).</summary>
    private static AmoRate? Rate(IReadOnlyList<AmoRate> rates, string coverage, string regime, DateOnly date)
    {
        AmoRate? anyRegime = null;
        foreach (var rate in rates)
        {
            if (rate.Coverage != coverage || !rate.Validity.Contains(date))
            {
                continue;
            }

            if (rate.Regime == regime)
            {
                return rate;
            }

            if (rate.Regime == "*")
            {
                anyRegime ??= rate;
            }
        }

        return anyRegime;
    }

    /// <summary>The coverage as the data spells it (<c>at-mp</c>…).</summary>
    public static string CoverageName(Coverage coverage) => coverage switch
    {
        Coverage.Ald => "ald",
        Coverage.AtMp => "at-mp",
        Coverage.Maternite => "maternite",
        Coverage.C2s => "c2s",
        _ => "standard",
    };
}
