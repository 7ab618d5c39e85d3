using Cotakine.Practice.Plans;
using Cotakine.Practice.Sessions;

namespace Cotakine.Practice.Invoicing;

/// <summary>
/// Whether a session may be put on an invoice today: not billed already (one live invoice per session), covered by the
/// plan's DAP when past the référentiel threshold (<see cref="TreatmentPlan.CoverOf"/>, as of the day of billing), and
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

        if (plan.CoverOf(session.Number, today, rules) == SessionCover.Blocked)
        {
            return new Problem("sessionIds", $"la séance {session.Number} dépasse le seuil du référentiel sans accord de la caisse (DAP)");
        }

        return session.InvoiceBlocker() is { } blocking
            ? new Problem("sessionIds", $"la séance {session.Number} du {session.Date:dd/MM/yyyy} ne peut être facturée : {blocking.Message}")
            : null;
    }
}
