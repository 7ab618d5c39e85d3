using Cotakine.Money;

namespace Cotakine.Quoting.Rules;

/// <summary>
/// « Dépassement pour exigence particulière » (DE) and « hors nomenclature » (HN) fees: billed to the patient, never in the
/// AMO share (convention nationale; Ordre, « Honoraires »; ngap-facts §I.2–I.3).
/// </summary>
/// <remarks>
/// Contract rule <c>FEE_NOT_ALLOWED</c>: error (fee line dropped) when <see cref="Catalog.NgapCatalog.FeeRules"/> forbid fees for
/// the patient's coverage; info when they allow them with a condition (C2S: no dépassement « sauf exigences particulières »
/// of the patient, ameli « Complémentaire santé solidaire » — the DE is exactly that, so it stays, with a reminder); warning for an HN fee added to an NGAP session (SEED-Milo: a systematic HN supplement to
/// NGAP sessions is illegal, an HN act must be a distinct service); warning when the fees reach
/// <see cref="Catalog.NgapCatalog.QuoteThreshold"/> (70 €): a written devis must be given beforehand.
/// </remarks>
internal static class FeesRule
{
    public static void Apply(QuoteContext context)
    {
        var fees = context.Request.Fees;
        if (fees.Count == 0)
        {
            return;
        }

        var coverage = AmoShare.CoverageName(context.Request.Patient.Coverage);
        var forbidden = context.Catalog.FeeRules.FirstOrDefault(r => r.Coverage == coverage && !r.FeesAllowed);
        if (forbidden is not null)
        {
            context.Error(RuleId.FeeNotAllowed, $"{forbidden.Text} Retirez le dépassement ou l'acte hors nomenclature (source {RuleText.Sources(forbidden.Sources)}).");
            return;
        }

        var reminder = context.Catalog.FeeRules.FirstOrDefault(r => r.Coverage == coverage && r.FeesAllowed);
        if (reminder is not null && fees.Any(f => f.Kind == FeeKind.Depassement))
        {
            context.Info(RuleId.FeeNotAllowed, $"{reminder.Text} (source {RuleText.Sources(reminder.Sources)})");
        }

        var ngapSession = context.Billable.Any();
        foreach (var fee in fees)
        {
            var amount = MoneyRounding.ToCent(fee.Amount);
            var (code, label, rule) = fee.Kind == FeeKind.Depassement
                ? ("DE", "Dépassement pour exigence particulière du patient", "dépassement pour exigence particulière du patient (horaire, lieu), fixé avec tact et mesure, hors part AMO — convention nationale ; source ORDRE-honoraires, SNMKR-tarifs-old")
                : ("HN", "Acte hors nomenclature", "acte hors nomenclature, non remboursable, hors part AMO — source SEED-Milo, FFMKR75-APA");
            context.ExtraLines.Add(new QuoteLine(code, LineKind.Fee, fee.Label ?? label, 1m, amount, 1m, amount, $"{label} {RuleText.Euro(amount)} : {rule}"));
            if (fee.Kind == FeeKind.HorsNomenclature && ngapSession)
            {
                context.Warning(RuleId.FeeNotAllowed, $"Un acte hors nomenclature ({RuleText.Euro(amount)}) ajouté à une séance NGAP n'est pas permis : un acte HN doit être une prestation distincte, séparée dans le temps et dans son but thérapeutique (source SEED-Milo). Facturez-le à part ou retirez-le.");
            }
        }

        var total = context.ExtraLines.Where(l => l.Kind == LineKind.Fee).Sum(l => l.Amount);
        var threshold = context.Catalog.QuoteThreshold;
        if (total >= threshold.Value)
        {
            context.Warning(RuleId.FeeNotAllowed, $"Dépassements et actes hors nomenclature : {RuleText.Euro(total)} (≥ {RuleText.Euro(threshold.Value)}). {threshold.Text} Remettez un devis écrit au patient avant les soins (source {RuleText.Sources(threshold.Sources)}).");
        }
    }
}
