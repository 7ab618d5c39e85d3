using Cotakine.Catalog;
using Cotakine.Money;

namespace Cotakine.Quoting.Rules;

/// <summary>
/// « Franchise médicale » on paramedical acts (CSS art. L.160-13; décret du 16 février 2024: 1 € per act from
/// 31 March 2024, 4 € a day, 50 € a year): the caisse withholds it from what it reimburses the patient, so it is never
/// deducted from the invoice, but the patient sees it on the statement. The quote shows it apart
/// (<see cref="FranchiseEstimate"/>): per act line (acts and bilans), capped by the daily cap and by the AMO share, 0 for
/// an exempt coverage (C2S, maternité); minors are exempt too, but the request carries no age, so the note says so.
/// </summary>
internal static class FranchiseMedicale
{
    public static FranchiseEstimate? Estimate(QuoteContext context, IReadOnlyList<QuoteLine> lines, decimal amo)
    {
        var rules = context.Catalog.Franchise;
        var rate = rules.RateOn(context.Date);
        var acts = 0;
        foreach (var line in lines)
        {
            if (line.Kind is LineKind.Act or LineKind.Bilan)
            {
                acts++;
            }
        }

        if (rate is null || acts == 0)
        {
            return null;
        }

        var coverage = AmoShare.CoverageName(context.Request.Patient.Coverage);
        var exemption = rules.Exemptions.FirstOrDefault(e => e.Coverage == coverage);
        var sources = new List<string>(rate.Sources);
        var confidence = rate.Confidence;
        if (exemption is not null)
        {
            sources.AddRange(exemption.Sources.Where(s => !sources.Contains(s)));
            confidence = (Confidence)Math.Max((int)confidence, (int)exemption.Confidence);
        }

        if (exemption is { Exempt: true })
        {
            return new FranchiseEstimate(0m, rate.PerAct, acts, rate.DailyCap, rate.AnnualCap, true,
                $"Pas de franchise médicale : {exemption.Text} (source {RuleText.Sources(exemption.Sources)}).", sources, confidence);
        }

        var amount = MoneyRounding.ToCent(Math.Min(Math.Min(rate.PerAct * acts, rate.DailyCap), amo));
        var note = $"Franchise médicale : {acts} acte{(acts > 1 ? "s" : "")} × {RuleText.Euro(rate.PerAct)}, soit {RuleText.Euro(amount)} au plus, "
            + $"que l'assurance maladie retiendra sur le remboursement du patient (plafonds : {RuleText.Euro(rate.DailyCap)} par jour et "
            + $"{RuleText.Euro(rate.AnnualCap)} par an, tous actes paramédicaux confondus, que cette séance seule ne permet pas de connaître). "
            + $"{rules.Text} Aucune franchise pour un patient de moins de 18 ans (âge non fourni à Cotakine).";
        if (exemption is not null)
        {
            note += $" Cas particulier : {exemption.Text}.";
        }

        if (rate.Confidence != Confidence.Sure)
        {
            note += $" Montant de {RuleText.Euro(rate.PerAct)} par acte en {context.Date.Year} : à vérifier (aucun décret postérieur trouvé).";
        }

        note += $" Source {RuleText.Sources(sources)}.";
        return new FranchiseEstimate(amount, rate.PerAct, acts, rate.DailyCap, rate.AnnualCap, false, note, sources, confidence);
    }
}
