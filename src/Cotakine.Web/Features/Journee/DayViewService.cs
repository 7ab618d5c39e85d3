using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Plans;
using Cotakine.Quoting;
using Cotakine.Web.Features.Invoices;
using Cotakine.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;
using Patient = Cotakine.Practice.Patients.Patient;

namespace Cotakine.Web.Features.Journee;

/// <summary>What kind of alert the day view shows (one CSS class and one heading each).</summary>
internal enum DayAlertKind
{
    DapToSend,
    Blocked,
    BilanDue,
    PrescriptionIncomplete,
    Unpaid,
}

/// <summary>One alert of the day view: a French sentence and the page where it is dealt with.</summary>
internal sealed record DayAlert(DayAlertKind Kind, string Message, string? Link);

/// <summary>One session of the day: who, what, where, how much and whether it is billed.</summary>
internal sealed record DaySession(
    Guid Id, TimeOnly? Time, Guid PatientId, string Patient, Guid PlanId, string Act, int Number, int SessionCount, PlaceOfCare Place,
    decimal Total, Guid? InvoiceId, string? InvoiceNumber, SessionCover Cover);

/// <summary>What remains due on issued invoices, per payer.</summary>
internal sealed record UnpaidTotals(decimal Amo, decimal Amc, decimal Patient, int Invoices)
{
    public decimal Total => Amo + Amc + Patient;
}

/// <summary>The day view: the sessions of one day, and the alerts as they stand today.</summary>
internal sealed record DayView(DateOnly Date, DateOnly Today, IReadOnlyList<DaySession> Sessions, IReadOnlyList<DayAlert> Alerts, UnpaidTotals Unpaid);

/// <summary>
/// Builds the « Journée » page: the sessions recorded for a day (planned = recorded but not invoiced, billed = on an
/// invoice) and what needs attention today: a DAP to send or a session blocked past the référentiel threshold
/// (<see cref="DapWorkflow"/>), a bilan-diagnostic due at a plan's next session (the BDK cadence of the catalog,
/// <see cref="BilanCadence"/>), a prescription missing a mention (<see cref="Practice.Prescriptions.PrescriptionCheck"/>) and
/// invoices not fully paid, per payer. Reads through the practice-filtered context, so only the user's practice shows.
/// </summary>
internal sealed class DayViewService(CotakineDbContext db, NgapCatalog catalog, PracticeCalendar clock)
{
    /// <summary>Unpaid invoices listed one by one (the oldest first); the others are counted, and all are in the totals.</summary>
    internal const int MaxUnpaidAlerts = 50;

    public async Task<DayView> BuildAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        var daySessions = await db.Sessions.AsNoTracking().Where(s => s.Date == date).ToListAsync(cancellationToken);

        // What can need attention: plans still running (a next session to come) or holding sessions not yet billed.
        // Finished and fully billed plans — nearly all of them in a practice that has run for years — stay in the database:
        // their progress is counted once per plan on the session index, and only the plans that need attention are read.
        var progress = await db.Plans.AsNoTracking()
            .Select(p => new { p.Id, p.PrescriptionId, p.SessionCount, Done = db.Sessions.Count(s => s.PlanId == p.Id) })
            .ToListAsync(cancellationToken);
        var unbilledSessions = await db.Sessions.AsNoTracking().Where(s => s.InvoiceId == null).Select(s => new { s.PlanId, s.Number }).ToListAsync(cancellationToken);
        var unbilled = unbilledSessions.ToLookup(s => s.PlanId, s => s.Number);
        var counts = progress.Where(x => x.Done < x.SessionCount || unbilled.Contains(x.Id)).ToDictionary(x => x.Id, x => x.Done);
        var actionableIds = counts.Keys.ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => actionableIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var actionable = progress.Where(x => counts.ContainsKey(x.Id)).Select(x => plans[x.Id]).ToList(); // in the order the plans were read
        var dayPlanIds = daySessions.Select(s => s.PlanId).Where(id => !plans.ContainsKey(id)).Distinct().ToList();
        foreach (var plan in await db.Plans.AsNoTracking().Where(p => dayPlanIds.Contains(p.Id)).ToListAsync(cancellationToken))
        {
            plans[plan.Id] = plan;
        }

        var invoiceIds = daySessions.Where(s => s.InvoiceId is not null).Select(s => s.InvoiceId!.Value).Distinct().ToList();
        var numbers = await db.Invoices.AsNoTracking().Where(i => invoiceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number, cancellationToken);

        // Prescriptions still in use: not yet on a plan, or on a plan still running (its progress is counted above).
        var runningPrescriptions = progress.Where(x => x.Done < x.SessionCount && x.PrescriptionId is not null).Select(x => x.PrescriptionId!.Value).Distinct().ToList();
        var prescriptions = await db.Prescriptions.AsNoTracking()
            .Where(pr => !db.Plans.Any(p => p.PrescriptionId == pr.Id) || runningPrescriptions.Contains(pr.Id))
            .ToListAsync(cancellationToken);

        // Unpaid invoices with what each payer has paid, as stored beside each invoice with its payments.
        var unpaid = (await db.InvoiceBalances.AsNoTracking().Where(b => b.State == InvoiceSettlement.Unpaid)
            .Join(db.Invoices.AsNoTracking(), b => b.InvoiceId, i => i.Id, (b, i) => new
            {
                Invoice = i,
                Amo = b.AmoPaidCents,
                Amc = b.AmcPaidCents,
                Patient = b.PatientPaidCents,
            })
            .ToListAsync(cancellationToken))
            .OrderBy(x => x.Invoice.IssuedAt).ThenBy(x => x.Invoice.Number, StringComparer.Ordinal)
            .ToList();

        var patientIds = plans.Values.Select(p => p.PatientId).Concat(prescriptions.Select(p => p.PatientId))
            .Concat(unpaid.Take(MaxUnpaidAlerts).Select(x => x.Invoice.PatientId)).Distinct().ToList();
        var patients = await db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        var sessions = daySessions
            .OrderBy(s => s.Time ?? TimeOnly.MaxValue).ThenBy(s => Name(patients, plans[s.PlanId].PatientId))
            .Select(s =>
            {
                var plan = plans[s.PlanId];
                return new DaySession(
                    s.Id, s.Time, plan.PatientId, Name(patients, plan.PatientId), plan.Id, ActLabel(plan), s.Number, plan.SessionCount, s.Place,
                    Cents.ToEuros(s.TotalCents), s.InvoiceId, s.InvoiceId is { } i ? numbers.GetValueOrDefault(i) : null,
                    plan.CoverToday(s.Number, catalog, clock, s.Date));
            })
            .ToList();

        var alerts = new List<DayAlert>();
        foreach (var plan in actionable.OrderBy(p => Name(patients, p.PatientId)))
        {
            var who = Name(patients, plan.PatientId);
            var link = $"/plans/{plan.Id}";
            var stuck = unbilled[plan.Id].Where(n => plan.CoverToday(n, catalog, clock) == SessionCover.Blocked).Order().ToList();
            if (stuck.Count > 0)
            {
                alerts.Add(new DayAlert(DayAlertKind.Blocked,
                    $"{who} — {ActLabel(plan)} : séance{(stuck.Count > 1 ? "s" : "")} {string.Join(", ", stuck)} enregistrée{(stuck.Count > 1 ? "s" : "")} mais non facturable{(stuck.Count > 1 ? "s" : "")} : {Beyond(plan)} sans accord de la caisse ({DapStatusText(plan.DapToday(catalog, clock))}).",
                    link));
            }

            var done = counts.GetValueOrDefault(plan.Id);
            if (done >= plan.SessionCount)
            {
                continue; // finished plan: no next session
            }

            var next = done + 1;
            switch (plan.CoverToday(next, catalog, clock))
            {
                case SessionCover.BillableSendDap:
                    alerts.Add(new DayAlert(DayAlertKind.DapToSend,
                        $"{who} — {ActLabel(plan)} : séance {next} sur {plan.SessionCount}, seuil du référentiel à {plan.DapThreshold} séances. Envoyez la demande d'accord préalable (DAP).",
                        $"/plans/{plan.Id}/dap/document"));
                    break;
                case SessionCover.Blocked:
                    alerts.Add(new DayAlert(DayAlertKind.Blocked,
                        $"{who} — {ActLabel(plan)} : la séance {next} est {Beyond(plan)} ; non facturable sans accord de la caisse ({DapStatusText(plan.DapToday(catalog, clock))}).",
                        $"/plans/{plan.Id}/dap/document"));
                    break;
            }

            if (DueBilan(plan, next, today) is { } bilan)
            {
                alerts.Add(new DayAlert(DayAlertKind.BilanDue,
                    $"{who} — {ActLabel(plan)} : bilan-diagnostic ({bilan.Code}, {bilan.Act.ShortLabel}) à réaliser et facturer à la prochaine séance (séance {next}).",
                    link));
            }
        }

        foreach (var prescription in prescriptions)
        {
            var missing = Practice.Prescriptions.PrescriptionCheck.MissingMentions(prescription);
            if (missing.Count > 0)
            {
                var date0 = prescription.Date is { } d ? $" du {d:dd/MM/yyyy}" : "";
                alerts.Add(new DayAlert(DayAlertKind.PrescriptionIncomplete,
                    $"{Name(patients, prescription.PatientId)} — prescription{date0} incomplète : {string.Join(" ; ", missing)}.",
                    $"/patients/{prescription.PatientId}"));
            }
        }

        long amo = 0, amc = 0, patient = 0;
        foreach (var (x, index) in unpaid.Select((x, index) => (x, index)))
        {
            var invoice = x.Invoice;
            var due = new Balance(Cents.ToEuros(invoice.AmoCents - x.Amo), Cents.ToEuros(invoice.AmcCents - x.Amc), Cents.ToEuros(invoice.PatientCents - x.Patient));
            amo += invoice.AmoCents - x.Amo;
            amc += invoice.AmcCents - x.Amc;
            patient += invoice.PatientCents - x.Patient;
            if (index < MaxUnpaidAlerts)
            {
                alerts.Add(new DayAlert(DayAlertKind.Unpaid,
                    $"Facture {invoice.Number} ({Name(patients, invoice.PatientId)}, émise le {Fr.Date(invoice.IssuedOn)}) : reste dû {DueText(due)}.",
                    $"/factures/{invoice.Id}"));
            }
        }

        if (unpaid.Count > MaxUnpaidAlerts)
        {
            var more = unpaid.Count - MaxUnpaidAlerts;
            alerts.Add(new DayAlert(DayAlertKind.Unpaid,
                $"… et {more} autre{(more > 1 ? "s" : "")} facture{(more > 1 ? "s" : "")} non soldée{(more > 1 ? "s" : "")} (les plus anciennes sont listées ci-dessus).",
                "/factures?statut=impayees"));
        }

        var unpaidCount = unpaid.Count;
        return new DayView(date, today, sessions, alerts, new UnpaidTotals(Cents.ToEuros(amo), Cents.ToEuros(amc), Cents.ToEuros(patient), unpaidCount));
    }

    /// <summary>« AMO 12,34 €, patient 5,00 € »: the payers that still owe something.</summary>
    internal static string DueText(Balance due)
    {
        var parts = new List<string>();
        if (due.Amo != 0)
        {
            parts.Add($"AMO {Fr.Euros(due.Amo)}");
        }

        if (due.Amc != 0)
        {
            parts.Add($"AMC {Fr.Euros(due.Amc)}");
        }

        if (due.Patient != 0)
        {
            parts.Add($"patient {Fr.Euros(due.Patient)}");
        }

        return parts.Count == 0 ? "rien" : string.Join(", ", parts);
    }

    /// <summary>Where the blocked sessions stand: past the référentiel threshold, or under a DAP due before the first session (threshold 0).</summary>
    private static string Beyond(TreatmentPlan plan) => plan.DapThreshold == 0
        ? "soumise à accord préalable dès la première séance (seuil de 0 séance)"
        : $"au-delà du seuil de {plan.DapThreshold} séances du référentiel";

    internal static string DapStatusText(DapStatus status) => status switch
    {
        DapStatus.Sent => "DAP envoyée, en attente de réponse",
        DapStatus.Agreed => "DAP accordée",
        DapStatus.Refused => "DAP refusée",
        DapStatus.TacitlyAgreed => "DAP accordée tacitement",
        _ => "DAP non envoyée",
    };

    /// <summary>The BDK due at session <paramref name="next"/> of the plan: the one of the act's article wins over the general one (as the quote engine).</summary>
    private ActVersion? DueBilan(TreatmentPlan plan, int next, DateOnly today)
    {
        var act = catalog.FindAct(plan.ActId);
        if (act is null || act.BilanCadence is not null)
        {
            return null; // the plan is itself a bilan
        }

        var bilans = catalog.BilanActs.Select(a => a.On(today)).OfType<ActVersion>().ToList();
        var specific = bilans.Where(v => v.Act.BilanCadence!.WithArticles.Count > 0 && v.Act.BilanCadence.GoesWith(act.Article)).ToList();
        var candidates = specific.Count > 0 ? specific : bilans.Where(v => v.Act.BilanCadence!.WithArticles.Count == 0).ToList();
        return candidates.FirstOrDefault(v => v.Act.BilanCadence!.IsDueAt(next));
    }

    private string ActLabel(TreatmentPlan plan) => catalog.FindAct(plan.ActId)?.ShortLabel ?? plan.ActId;

    private static string Name(Dictionary<Guid, Patient> patients, Guid id) =>
        patients.TryGetValue(id, out var p) ? $"{p.LastName.ToUpperInvariant()} {p.FirstName}" : "patient inconnu";
}
