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
public static class FranchiseMedicale
{
    /// <summary>The estimate for a quote: its act and bilan lines, its date, its patient's coverage, its AMO share.</summary>
    internal static FranchiseEstimate? Estimate(QuoteContext context, IReadOnlyList<QuoteLine> lines, decimal amo)
    {
        var acts = 0;
        foreach (var line in lines)
        {
            if (line.Kind is LineKind.Act or LineKind.Bilan)
            {
                acts++;
            }
        }

        return Estimate(context.Catalog, context.Date, context.Request.Patient.Coverage, acts, amo);
    }

    /// <summary>
    /// The estimate for <paramref name="acts"/> paramedical acts (acts and bilans) on <paramref name="date"/> for a patient
    /// of <paramref name="coverage"/> whose AMO share is <paramref name="amo"/>: null when no rate is in force or no act.
    /// The quote and the invoice (from a session's kept lines) ask this same question.
    /// </summary>
    public static FranchiseEstimate? Estimate(NgapCatalog catalog, DateOnly date, Coverage coverage, int acts, decimal amo)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var rules = catalog.Franchise;
        var rate = rules.RateOn(date);
        if (rate is null || acts == 0)
        {
            return null;
        }

        var exemption = rules.Exemptions.FirstOrDefault(e => e.Coverage == AmoShare.CoverageName(coverage));
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
            note += $" Montant de {RuleText.Euro(rate.PerAct)} par acte en {date.Year} : à vérifier (aucun décret postérieur trouvé).";
        }

        note += $" Source {RuleText.Sources(sources)}.";
        return new FranchiseEstimate(amount, rate.PerAct, acts, rate.DailyCap, rate.AnnualCap, false, note, sources, confidence);
    }
}
