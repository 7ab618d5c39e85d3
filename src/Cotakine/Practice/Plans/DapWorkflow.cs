namespace Cotakine.Practice.Plans;

/// <summary>
/// The DAP rules of the référentiels (NGAP Titre XIV, ngap-facts §J/§K): a session past the threshold is billable only once
/// the DAP is agreed, expressly or tacitly (no answer <c>dap.tacitAgreementDays</c> days after it was sent, CSS D.315-5);
/// the kiné is alerted <c>dap.alertSessionsBefore</c> sessions before. Pure: "today" and the delays are given.
/// </summary>
public static class DapWorkflow
{
    /// <summary>The status as it stands on <paramref name="today"/>: a sent DAP unanswered for the delay is tacitly agreed.</summary>
    public static DapStatus Effective(DapStatus stored, DateOnly? sentOn, DateOnly today, int tacitAgreementDays) =>
        stored == DapStatus.Sent && sentOn is { } sent && today.DayNumber - sent.DayNumber >= tacitAgreementDays
            ? DapStatus.TacitlyAgreed
            : stored;

    /// <summary>Whether session number <paramref name="sessionNumber"/> (1-based) may be billed.</summary>
    /// <param name="sessionNumber">The rank of the session in the plan.</param>
    /// <param name="threshold">Sessions reimbursed without DAP, or null when no référentiel applies.</param>
    /// <param name="effective">The effective DAP status (<see cref="Effective"/>).</param>
    /// <param name="alertBefore">How many sessions before the threshold to alert.</param>
    public static SessionCover Cover(int sessionNumber, int? threshold, DapStatus effective, int alertBefore)
    {
        if (threshold is not { } limit)
        {
            return SessionCover.Billable;
        }

        var covered = effective is DapStatus.Agreed or DapStatus.TacitlyAgreed;
        if (sessionNumber > limit)
        {
            return covered ? SessionCover.Billable : SessionCover.Blocked;
        }

        return !covered && effective != DapStatus.Sent && sessionNumber > limit - alertBefore
            ? SessionCover.BillableSendDap
            : SessionCover.Billable;
    }
}
