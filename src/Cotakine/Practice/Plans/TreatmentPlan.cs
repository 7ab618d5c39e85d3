using Cotakine.Catalog;

namespace Cotakine.Practice.Plans;

/// <summary>
/// A treatment plan: an act of the catalog, a number of sessions, its origin (prescription, renewal, direct access) and
/// its DAP. The plan guards its own DAP transitions (a DAP is sent before the caisse answers it; only an act under a
/// référentiel has one) and says whether a session of it may be billed on a given day: past the référentiel threshold, only
/// once the DAP is agreed, expressly or tacitly (<see cref="DapWorkflow"/>). Mapped as it is by the persistence layer
/// (private setters): no twin row type, so a rule cannot be applied to one and forgotten on the other.
/// </summary>
public sealed class TreatmentPlan : IPracticeOwned, IBillingData
{
    /// <summary>The longest clinical notes kept (characters).</summary>
    public const int ClinicalNotesMaxLength = 8000;

    /// <inheritdoc />
    public Guid Id { get; init; }

    /// <inheritdoc />
    public Guid PracticeId { get; init; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; init; }

    /// <summary>The kiné who bills the sessions.</summary>
    public Guid PractitionerId { get; init; }

    /// <summary>The prescription, unless direct access.</summary>
    public Guid? PrescriptionId { get; init; }

    /// <summary>Prescription, renewal or direct access.</summary>
    public PlanOrigin Origin { get; init; }

    /// <summary>The act's stable id in the catalog.</summary>
    public string ActId { get; init; } = "";

    /// <summary>Planned sessions.</summary>
    public int SessionCount { get; init; }

    /// <summary>First day of the plan.</summary>
    public DateOnly StartDate { get; init; }

    /// <summary>Sessions reimbursed without DAP, when a référentiel applies.</summary>
    public int? DapThreshold { get; private set; }

    /// <summary>Stored DAP status (never <see cref="Plans.DapStatus.TacitlyAgreed"/>: that is computed, see <see cref="EffectiveDap"/>).</summary>
    public DapStatus DapStatus { get; private set; }

    /// <summary>When the DAP was sent.</summary>
    public DateOnly? DapSentOn { get; private set; }

    /// <summary>When the caisse answered.</summary>
    public DateOnly? DapAnsweredOn { get; private set; }

    /// <summary>
    /// For a renewal by the kiné: the prescriber identifier written on the invoice in place of a physician's
    /// (parameter <c>renewal.prescriberId</c>, 291991123, « à vérifier »).
    /// </summary>
    public string? RenewalPrescriberId { get; init; }

    /// <summary>Clinical notes of the kiné (bilan findings, progress); never shown to a secretary.</summary>
    [ClinicalData]
    public string? ClinicalNotes { get; private set; }

    /// <summary>
    /// Opens a plan for <paramref name="act"/>. The référentiel threshold is the act's, raised by the 15/30 rule (RAM
    /// 7.47/7.49, ngap-facts §D.1) when the patient already had <see cref="PracticeRules.RaisedThresholdPriorSessions"/>
    /// reimbursed sessions of the same act over the previous <see cref="PracticeRules.LookbackMonths"/> months; a renewal
    /// carries the renewal prescriber id (data parameter, « à vérifier »). The caller has checked the opening rules
    /// (<see cref="PlanOpening"/>). <paramref name="id"/> is new unless given (a bulk load chooses time-ordered ids).
    /// </summary>
    public static TreatmentPlan Open(
        Guid practiceId, Guid patientId, Guid practitionerId, Guid? prescriptionId, PlanOrigin origin, Act act, int sessionCount, DateOnly start,
        int sessionsLast12Months, PracticeRules rules, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(rules);
        return new TreatmentPlan
        {
            Id = id ?? Guid.NewGuid(), PracticeId = practiceId, PatientId = patientId, PractitionerId = practitionerId,
            PrescriptionId = origin == PlanOrigin.DirectAccess ? null : prescriptionId, Origin = origin, ActId = act.Id,
            SessionCount = sessionCount, StartDate = start, DapThreshold = ThresholdFor(act, sessionsLast12Months, rules), DapStatus = DapStatus.None,
            RenewalPrescriberId = origin == PlanOrigin.Renewal ? rules.RenewalPrescriberId : null,
        };
    }

    /// <summary>The act's référentiel threshold for a patient with <paramref name="sessionsLast12Months"/> reimbursed sessions of it (15/30 rule).</summary>
    public static int? ThresholdFor(Act act, int sessionsLast12Months, PracticeRules rules)
    {
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(rules);
        return act.Dap?.RaisedThreshold is { } raised && sessionsLast12Months >= rules.RaisedThresholdPriorSessions
            ? raised
            : act.Dap?.SessionsBeforeDap;
    }

    /// <summary>
    /// Raises the threshold when sessions of an earlier series were reimbursed since the plan opened and the 15/30 rule
    /// now applies to it too, so that the plan's cover agrees with the engine's quote. Returns whether it changed.
    /// </summary>
    public bool RaiseThresholdIfDue(Act act, int sessionsLast12Months, PracticeRules rules)
    {
        var due = ThresholdFor(act, sessionsLast12Months, rules);
        if (due is { } raised && DapThreshold is { } current && raised > current)
        {
            DapThreshold = raised;
            return true;
        }

        return false;
    }

    /// <summary>The DAP status as it stands on <paramref name="today"/> (sent long enough ago = tacitly agreed).</summary>
    public DapStatus EffectiveDap(DateOnly today, PracticeRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return DapWorkflow.Effective(DapStatus, DapSentOn, today, rules.TacitAgreementDays);
    }

    /// <summary>
    /// Whether session <paramref name="sessionNumber"/> of the plan, done on <paramref name="sessionDate"/> (unknown: the
    /// next one), may be billed on <paramref name="today"/>. Past the threshold, an agreement — express or tacit — covers
    /// only care done once the request was sent: it is an accord <em>préalable</em>, and an accord does not cover acts
    /// already performed (Cass. civ. 2, 13 Sep 2012; ngap-facts §D.1).
    /// </summary>
    public SessionCover CoverOf(int sessionNumber, DateOnly today, PracticeRules rules, DateOnly? sessionDate = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var effective = EffectiveDap(today, rules);
        if (sessionDate is { } done && DapSentOn is { } sent && done < sent && effective is DapStatus.Agreed or DapStatus.TacitlyAgreed)
        {
            effective = DapStatus.None;
        }

        return DapWorkflow.Cover(sessionNumber, DapThreshold, effective, rules.AlertSessionsBefore);
    }

    /// <summary>Whether an agreed DAP (express or tacit, on <paramref name="today"/>) covers care done on <paramref name="sessionDate"/>: sent no later than that day.</summary>
    public bool Covers(DateOnly sessionDate, DateOnly today, PracticeRules rules) =>
        EffectiveDap(today, rules) is DapStatus.Agreed or DapStatus.TacitlyAgreed && DapSentOn is { } sent && sent <= sessionDate;

    /// <summary>
    /// The code a DAP asks for: the act's code in force on <paramref name="today"/> (the sessions to come are billed with
    /// it), else the one of the plan's start, else the act's last. One answer for the DAP document, its PDF and the API.
    /// </summary>
    public ActCode DapCode(Act act, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(act);
        return (act.On(today) ?? act.On(StartDate) ?? act.Versions.Last()).Code;
    }

    /// <summary>Records that the DAP was sent on <paramref name="date"/> (again, after a refusal: a new request).</summary>
    public Problem? SendDap(DateOnly date) => Record(DapStatus.Sent, date);

    /// <summary>Records the caisse's agreement, given on <paramref name="date"/>.</summary>
    public Problem? AgreeDap(DateOnly date) => Record(DapStatus.Agreed, date);

    /// <summary>Records the caisse's refusal, given on <paramref name="date"/>.</summary>
    public Problem? RefuseDap(DateOnly date) => Record(DapStatus.Refused, date);

    /// <summary>
    /// Moves the DAP to <paramref name="status"/> on <paramref name="date"/>: sent, agreed or refused (the tacit agreement
    /// is never recorded, it is observed); an answer needs a DAP sent; a plan without référentiel has no DAP. Nothing
    /// changes when a problem is returned.
    /// </summary>
    public Problem? Record(DapStatus status, DateOnly date)
    {
        if (status is not (DapStatus.Sent or DapStatus.Agreed or DapStatus.Refused))
        {
            return new Problem("status", "attendu sent, agreed ou refused (l'accord tacite se constate seul)");
        }

        if (status != DapStatus.Sent && DapStatus != DapStatus.Sent)
        {
            return new Problem("status", "la DAP doit avoir été envoyée avant la réponse de la caisse");
        }

        if (DapThreshold is null)
        {
            return new Problem("status", "aucun référentiel ne s'applique à cet acte, pas de DAP");
        }

        if (status == DapStatus.Sent)
        {
            DapSentOn = date;
            DapAnsweredOn = null;
        }
        else
        {
            DapAnsweredOn = date;
        }

        DapStatus = status;
        return null;
    }

    /// <summary>Sets the clinical notes (<see cref="ClinicalNotesMaxLength"/> characters at most; blank clears them).</summary>
    public Problem? SetClinicalNotes(string? notes)
    {
        if (notes is { Length: > ClinicalNotesMaxLength })
        {
            return new Problem("notes", $"{ClinicalNotesMaxLength} caractères au plus");
        }

        ClinicalNotes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        return null;
    }
}
