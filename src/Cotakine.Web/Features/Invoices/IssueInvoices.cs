using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Sessions;
using Cotakine.Quoting;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Invoices;

/// <summary>An invoicing request: the sessions, one invoice for all (grouped) or one each, tiers payant, the AMC share (euros).</summary>
internal sealed record IssueRequest(IReadOnlyList<Guid>? SessionIds, bool Grouped, bool TiersPayant, decimal? Amc);

/// <summary>What invoicing gave: the documents issued, or the problems (nothing issued then).</summary>
internal sealed record IssueOutcome(IReadOnlyList<Invoice> Issued, Problems Problems);

/// <summary>
/// « Émettre la facture », for <c>POST /api/invoices</c> and the plan's page alike: each session must be eligible today
/// (<see cref="InvoiceEligibility"/>: not billed, covered by the DAP, no error in its quote), a grouped invoice is for one
/// patient and one kiné; then the ledger numbers and writes each document in its own transaction, so an interruption
/// keeps those already issued.
/// </summary>
internal sealed class IssueInvoices(CotakineDbContext db, InvoiceLedger ledger, NgapCatalog catalog, PracticeCalendar calendar)
{
    /// <summary>Issues what <paramref name="request"/> asks, or says why not.</summary>
    public async Task<IssueOutcome> ExecuteAsync(IssueRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new Problems();
        var ids = request.SessionIds?.Distinct().ToList() ?? [];
        if (ids.Count == 0)
        {
            problems.Add("sessionIds", "au moins une séance à facturer");
        }

        if (request.Amc is < 0)
        {
            problems.Add("amc", "la part complémentaire ne peut être négative");
        }

        var sessions = await db.Sessions.Include(s => s.Issues).Where(s => ids.Contains(s.Id)).ToListAsync();
        var plans = await db.Plans.Where(p => sessions.Select(s => s.PlanId).Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        if (ids.Count > 0 && sessions.Count != ids.Count)
        {
            problems.Add("sessionIds", "séance inconnue dans ce cabinet");
        }

        var today = calendar.Today;
        var rules = catalog.RulesOn(today);
        // A session already billed is a conflict (409) naming its live invoice, not bad input: the second click of a double
        // click, or a request that lost the race (then the ledger's BilledSessions key says so, below).
        var billedBy = sessions.Where(s => s.InvoiceId is not null).Select(s => s.InvoiceId!.Value).Distinct().ToList();
        var liveNumbers = billedBy.Count == 0 ? [] : await db.Invoices.AsNoTracking().Where(i => billedBy.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number);
        foreach (var session in sessions.OrderBy(s => s.Number))
        {
            problems.Add(session.InvoiceId is { } live
                ? Problem.Conflict("sessionIds", $"séance {session.Number} du {session.Date:dd/MM/yyyy} déjà facturée : facture {liveNumbers.GetValueOrDefault(live, "?")}", live)
                : InvoiceEligibility.Check(session, plans[session.PlanId], today, rules));
        }

        var groups = sessions.GroupBy(s => (plans[s.PlanId].PractitionerId, plans[s.PlanId].PatientId)).ToList();
        if (request.Grouped && groups.Count > 1)
        {
            problems.Add("sessionIds", "une facture groupée porte sur un seul patient et un seul kinésithérapeute");
        }

        if (problems.Any)
        {
            return new IssueOutcome([], problems);
        }

        var issued = new List<Invoice>();
        try
        {
            await IssueAllAsync(request, sessions, plans, groups, issued);
        }
        catch (BillingConflictException conflict)
        {
            return new IssueOutcome(issued, problems.Add(Problem.Conflict("sessionIds", conflict.Message, conflict.ExistingInvoiceId)));
        }

        return new IssueOutcome(issued, problems);
    }

    private async Task IssueAllAsync(
        IssueRequest request, List<Session> sessions, Dictionary<Guid, Cotakine.Practice.Plans.TreatmentPlan> plans,
        List<IGrouping<(Guid PractitionerId, Guid PatientId), Session>> groups, List<Invoice> issued)
    {
        var amc = Cents.From(request.Amc ?? 0m);
        // A C2S patient pays nothing: the complémentaire santé solidaire pays what the AMO does not (ameli, C2S page; the
        // quote's c2s share, contract 1.1). The sessions of a plan carry no dépassement, so that share is total − AMO.
        var c2sPatients = (await db.Patients.Where(p => groups.Select(g => g.Key.PatientId).Contains(p.Id) && p.Coverage == Coverage.C2s)
            .Select(p => p.Id).ToListAsync()).ToHashSet();
        // Otherwise, without an amount asked for, the patient's complementary insurer pays its part of the ticket modérateur
        // of each session (PatientDetails.AmcShare); an amount given by the kiné wins.
        var details = (await db.Patients.Where(p => groups.Select(g => g.Key.PatientId).Contains(p.Id)).ToListAsync()).ToDictionary(p => p.Id, p => p.Details);
        long AmcFor(Guid patientId, IEnumerable<Session> billed) =>
            c2sPatients.Contains(patientId) ? billed.Sum(s => s.TotalCents - s.AmoCents)
            : request.Amc is null && details.TryGetValue(patientId, out var d) ? billed.Sum(s => d.AmcShare(s.TotalCents, s.AmoCents))
            : amc;
        var ordered = sessions.OrderBy(s => s.Date).ThenBy(s => s.Number).ToList();
        if (request.Grouped)
        {
            var (practitionerId, patientId) = groups[0].Key;
            issued.Add(await ledger.IssueAsync(practitionerId, patientId, ordered, request.TiersPayant, AmcFor(patientId, ordered), calendar));
        }
        else
        {
            foreach (var session in ordered)
            {
                var plan = plans[session.PlanId];
                issued.Add(await ledger.IssueAsync(plan.PractitionerId, plan.PatientId, [session], request.TiersPayant, AmcFor(plan.PatientId, [session]), calendar));
            }
        }
    }
}
