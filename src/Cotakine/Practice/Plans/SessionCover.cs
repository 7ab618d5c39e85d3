namespace Cotakine.Practice.Plans;

/// <summary>Whether a session of a plan may be billed with respect to the référentiel threshold.</summary>
public enum SessionCover
{
    /// <summary>Below the threshold, or covered by an agreed DAP.</summary>
    Billable,

    /// <summary>Billable, but the threshold is near: send the DAP now.</summary>
    BillableSendDap,

    /// <summary>Past the threshold and not covered by an agreed (or tacitly agreed) DAP: blocked from billing.</summary>
    Blocked,
}
