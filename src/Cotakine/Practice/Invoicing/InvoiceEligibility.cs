using Cotakine.Practice.Plans;
using Cotakine.Practice.Sessions;

namespace Cotakine.Practice.Invoicing;

/// <summary>
/// Whether a session may be put on an invoice today: done (not planned for a later day), not billed already (one live invoice per session), covered by the
/// plan's DAP when past the référentiel threshold (<see cref="TreatmentPlan.CoverOf"/>, as of the day of billing, for care
/// done once the DAP was sent), and
/// with no error in its stored quote (<see cref="Session.InvoiceBlocker"/>: an invoice never carries a quote the engine
/// rejected). One rule for the API, the pages and a batch.
/// </summary>
public static class InvoiceEligibility
{
    /// <summary>Why <paramref name="session"/> of <paramref name="plan"/> cannot be invoiced on <paramref name="today"/>, or null. Needs its issues loaded.</summary>
    public static Problem? Check(Session session, TreatmentPlan plan, DateOnly today, PracticeRules rules)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(plan);
        if (session.IsBilled)
        {
            return new Problem("sessionIds", $"la séance {session.Number} du {session.Date:dd/MM/yyyy} est déjà facturée");
        }

        if (session.Date > today)
        {
            return new Problem("sessionIds", $"la séance {session.Number} est prévue le {session.Date:dd/MM/yyyy} : elle ne peut être facturée avant d'avoir été faite");
        }

        if (plan.CoverOf(session.Number, today, rules, session.Date) == SessionCover.Blocked)
        {
            return new Problem("sessionIds", session.Date < plan.DapSentOn
                ? $"la séance {session.Number} du {session.Date:dd/MM/yyyy} dépasse le seuil du référentiel et précède l'envoi de la DAP ({plan.DapSentOn:dd/MM/yyyy}) : l'accord ne couvre pas les soins déjà faits"
                : $"la séance {session.Number} dépasse le seuil du référentiel sans accord de la caisse (DAP)");
        }

        return session.InvoiceBlocker() is { } blocking
            ? new Problem("sessionIds", $"la séance {session.Number} du {session.Date:dd/MM/yyyy} ne peut être facturée : {blocking.Message}")
            : null;
    }
}
