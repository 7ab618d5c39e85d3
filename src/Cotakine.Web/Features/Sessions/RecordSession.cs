using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Sessions;
using Cotakine.Web.Features.Plans;

namespace Cotakine.Web.Features.Sessions;

/// <summary>What recording a session gave: the draft (quote, cover, problems) and the session saved, if any.</summary>
internal sealed record SessionOutcome(SessionDraft Draft, Session? Session);

/// <summary>
/// « Enregistrer la séance », for the page and <c>POST /api/plans/{id}/sessions</c> alike: prices the next session
/// (<see cref="PriceSession"/>) and saves it with its quote's lines and issues, unless it cannot be priced or is past the
/// référentiel threshold without an agreed DAP — a session the page refuses as blocked is refused by the API too.
/// </summary>
internal sealed class RecordSession(CotakineDbContext db, PriceSession price)
{
    /// <summary>Records the next session of <paramref name="plan"/>, or says why not (nothing written then).</summary>
    public async Task<SessionOutcome> ExecuteAsync(TreatmentPlan plan, SessionRequest request)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var draft = await price.ExecuteAsync(plan, request);
        if (draft.Problems.Any)
        {
            return new SessionOutcome(draft, null);
        }

        if (draft.Cover == SessionCover.Blocked)
        {
            draft.Problems.Add("dap", plan.DapSentOn is { } sent && draft.Input!.Date < sent
                ? $"la séance {draft.Number} du {draft.Input.Date:dd/MM/yyyy} dépasse le seuil du référentiel ({plan.DapThreshold} séances) et précède l'envoi de la DAP ({sent:dd/MM/yyyy}) : l'accord de la caisse, exprès ou tacite, ne couvre pas des soins déjà faits"
                : $"la séance {draft.Number} dépasse le seuil du référentiel ({plan.DapThreshold} séances) sans accord de la caisse : envoyez la demande d'accord préalable et attendez la réponse (ou l'accord tacite)");
            return new SessionOutcome(draft, null);
        }

        var session = Session.Record(plan, draft.Number, draft.Input!, draft.Quote!);
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return new SessionOutcome(draft, session);
    }
}
