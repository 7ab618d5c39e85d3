using Cotakine.Catalog;
using Cotakine.Practice.Invoicing;
using Cotakine.Persistence;
using Cotakine.Practice.Sessions;
using Cotakine.Practice.Plans;
using Cotakine.Quoting;
using Cotakine.Web.Api;
using Microsoft.EntityFrameworkCore;

using Cotakine.Practice;

namespace Cotakine.Web.Services;

/// <summary>
/// Issuing invoices and credit notes, shared by the API (<c>/api/invoices</c>) and the pages: the checks (session known,
/// not billed yet, not blocked by a missing DAP, no error in its stored quote issues; a grouped invoice for one patient and one kiné) before
/// <see cref="InvoiceLedger"/> numbers and writes.
/// </summary>
internal sealed class InvoiceWorkflow(CotakineDbContext db, InvoiceLedger ledger, NgapCatalog catalog, PracticeCalendar clock)
{
    public async Task<(List<Invoice> Issued, Errors Errors)> IssueAsync(IssueRequest request)
    {
        var errors = new Errors();
        var ids = request.SessionIds?.Distinct().ToList() ?? [];
        if (ids.Count == 0)
        {
            errors.Add("sessionIds", "sessionIds : au moins une séance à facturer");
        }

        if (request.Amc is < 0)
        {
            errors.Add("amc", "amc : la part complémentaire ne peut être négative");
        }

        var sessions = await db.Sessions.Include(s => s.Issues).Where(s => ids.Contains(s.Id)).ToListAsync();
        var plans = await db.Plans.Where(p => sessions.Select(s => s.PlanId).Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        if (ids.Count > 0 && sessions.Count != ids.Count)
        {
            errors.Add("sessionIds", "sessionIds : séance inconnue dans ce cabinet");
        }

        foreach (var session in sessions.OrderBy(s => s.Number))
        {
            if (session.InvoiceId is not null)
            {
                errors.Add("sessionIds", $"sessionIds : la séance {session.Number} du {session.Date:dd/MM/yyyy} est déjà facturée");
            }
            else if (PlanWorkflow.CoverOf(session.Number, plans[session.PlanId], catalog, clock) == SessionCover.Blocked)
            {
                errors.Add("sessionIds", $"sessionIds : la séance {session.Number} dépasse le seuil du référentiel sans accord de la caisse (DAP)");
            }
            else if (QuoteBlocker(session) is { } blocking)
            {
                errors.Add("sessionIds", $"sessionIds : la séance {session.Number} du {session.Date:dd/MM/yyyy} ne peut être facturée : {blocking.Message}");
            }
        }

        var groups = sessions.GroupBy(s => (plans[s.PlanId].PractitionerId, plans[s.PlanId].PatientId)).ToList();
        if (request.Grouped && groups.Count > 1)
        {
            errors.Add("sessionIds", "sessionIds : une facture groupée porte sur un seul patient et un seul kinésithérapeute");
        }

        var issued = new List<Invoice>();
        if (errors.Any)
        {
            return (issued, errors);
        }

        var amc = Cents.From(request.Amc ?? 0m);
        if (request.Grouped)
        {
            var (practitionerId, patientId) = groups[0].Key;
            issued.Add(await ledger.IssueAsync(practitionerId, patientId, sessions.OrderBy(s => s.Date).ThenBy(s => s.Number).ToList(), request.TiersPayant, amc, clock));
        }
        else
        {
            // One invoice per session, each in its own transaction: an interruption keeps those already issued.
            foreach (var session in sessions.OrderBy(s => s.Date).ThenBy(s => s.Number))
            {
                var plan = plans[session.PlanId];
                issued.Add(await ledger.IssueAsync(plan.PractitionerId, plan.PatientId, [session], request.TiersPayant, amc, clock));
            }
        }

        return (issued, errors);
    }

    /// <summary>
    /// The first error of the session's stored quote that forbids invoicing it, or null. The quote the engine rejected is
    /// never invoiced; <see cref="RuleId.DapRequired"/> alone is left out, re-checked from the plan's DAP status.
    /// The session must be loaded with its issues.
    /// </summary>
    public static SessionIssue? QuoteBlocker(Session session) =>
        session.Issues.OrderBy(i => i.Position).FirstOrDefault(i => i.Severity == Severity.Error && i.Rule != RuleId.DapRequired);

    /// <summary>Cancels <paramref name="invoice"/> with a credit note (not a credit note, not already credited).</summary>
    public async Task<(Invoice? Credit, Errors Errors)> CreditAsync(Invoice invoice)
    {
        var errors = new Errors();
        if (invoice.Kind == InvoiceKind.CreditNote)
        {
            errors.Add("id", "id : un avoir ne s'annule pas par un avoir");
        }
        else if (await db.Invoices.AnyAsync(i => i.CreditedInvoiceId == invoice.Id))
        {
            errors.Add("id", "id : cette facture est déjà annulée par un avoir");
        }

        return errors.Any ? (null, errors) : (await ledger.CreditAsync(invoice, clock), errors);
    }
}
