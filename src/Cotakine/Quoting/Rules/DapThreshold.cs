namespace Cotakine.Quoting.Rules;

/// <summary>
/// « Demande d'accord préalable » at the référentiel threshold (NGAP Titre XIV, dispositions liminaires; UNCAM decisions of
/// 2011 and 2013): an act with a HAS référentiel is reimbursed without a DAP up to <c>SessionsBeforeDap</c> sessions
/// (0: the DAP comes before the first session, canal carpien); for lombalgie commune and cervicalgie non spécifique the
/// threshold becomes 30 once <c>dap.raisedThresholdPriorSessions</c> (30) sessions for the same indication were
/// reimbursed over the previous 12 months (ngap-facts §D.1).
/// </summary>
/// <remarks>
/// Contract rules: <c>DAP_REQUIRED</c> (error) for a session beyond the threshold without an agreed DAP — this session
/// needs one; <c>DAP_DUE_SOON</c> (warning, contract 1.1) for the last <c>dap.alertSessionsBefore</c> sessions still
/// reimbursed without DAP (« quelques séances avant d'atteindre le seuil »: the 15th lombalgie session is covered, the
/// 16th is not); <c>DAP_REQUIRED</c> info on a référentiel act when the request gives no <see cref="QuoteRequest.Series"/>,
/// stating the threshold (whether this session needs the DAP cannot be told then).
/// </remarks>
internal static class DapThreshold
{
    public static void Apply(QuoteContext context)
    {
        foreach (var act in context.BillableReeducation.Where(a => a.Act.Dap is not null))
        {
            var dap = act.Act.Dap!;
            var series = context.Request.Series;
            var source = RuleText.Sources(dap.Sources);
            if (series is null)
            {
                var raised = dap.RaisedThreshold is { } r
                    ? $" ({r} si {RuleText.Number(context.Catalog.Parameter("dap.raisedThresholdPriorSessions", context.Date).Value)} séances pour la même indication ont été remboursées sur les {RuleText.Number(context.Catalog.Parameter("dap.lookbackMonths", context.Date).Value)} derniers mois)"
                    : string.Empty;
                var text = dap.SessionsBeforeDap == 0
                    ? $"{act.Code} relève d'un référentiel qui impose une DAP acceptée avant la première séance (source {source})."
                    : $"{act.Code} relève d'un référentiel : au-delà de {dap.SessionsBeforeDap} séances{raised}, une DAP acceptée est nécessaire (source {source}). Indiquez la position dans la série pour que Cotakine la vérifie.";
                context.Info(RuleId.DapRequired, text, act.Code);
                continue;
            }

            if (series.DapAgreed)
            {
                continue;
            }

            var priorSessions = context.Catalog.Parameter("dap.raisedThresholdPriorSessions", context.Date).Value;
            var threshold = dap.RaisedThreshold is { } raisedThreshold && series.SessionsLast12Months >= priorSessions
                ? raisedThreshold
                : dap.SessionsBeforeDap;
            var tacit = context.Catalog.Parameter("dap.tacitAgreementDays", context.Date).Value;
            if (threshold == 0)
            {
                context.Error(RuleId.DapRequired, $"{act.Code} : le référentiel impose une DAP acceptée avant la première séance (source {source}). Envoyez la demande d'accord préalable au service du contrôle médical et attendez l'accord (réputé acquis sans réponse sous {tacit} jours).", act.Code);
            }
            else if (series.SessionNumber > threshold)
            {
                context.Error(RuleId.DapRequired, $"Séance {series.SessionNumber} de {act.Code} : au-delà de {threshold} séances, le référentiel impose une DAP acceptée (source {source}). Envoyez la demande d'accord préalable (prescription et bilan) au service du contrôle médical ; sans réponse sous {tacit} jours elle est réputée acceptée.", act.Code);
            }
            else
            {
                var alert = (int)context.Catalog.Parameter("dap.alertSessionsBefore", context.Date).Value;
                if (series.SessionNumber > threshold - alert)
                {
                    context.Warning(RuleId.DapDueSoon, $"Séance {series.SessionNumber} sur {threshold} remboursées sans DAP pour {act.Code} : envoyez la demande d'accord préalable maintenant pour poursuivre au-delà de la séance {threshold} sans interruption.", act.Code);
                }
            }
        }
    }
}
