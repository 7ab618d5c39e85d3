namespace Cotakine.Practice.Plans;

/// <summary>
/// Where the demande d'accord préalable stands. <see cref="TacitlyAgreed"/> is never stored: it is what a
/// <see cref="Sent"/> DAP becomes once the service du contrôle médical has not answered within
/// <c>dap.tacitAgreementDays</c> (see <see cref="DapWorkflow.Effective"/>).
/// </summary>
public enum DapStatus
{
    /// <summary>No DAP sent.</summary>
    None,

    /// <summary>Sent, no answer yet.</summary>
    Sent,

    /// <summary>Agreed by the caisse.</summary>
    Agreed,

    /// <summary>Refused by the caisse.</summary>
    Refused,

    /// <summary>No answer within the legal delay: agreement is deemed given (CSS D.315-5).</summary>
    TacitlyAgreed,
}
