namespace Cotakine.Catalog;

/// <summary>
/// The référentiel threshold of an act: the number of sessions reimbursed without a demande d'accord préalable.
/// <see cref="SessionsBeforeDap"/> = 0 means the DAP is needed before the first session (canal carpien).
/// <see cref="RaisedThreshold"/>, when set, replaces the threshold once enough sessions for the same indication were
/// reimbursed over the previous months (lombalgie commune, cervicalgie non spécifique: 30 sessions over 12 months, the
/// <c>dap.raisedThresholdPriorSessions</c> and <c>dap.lookbackMonths</c> parameters of rules.json).
/// </summary>
public sealed record DapRule(int SessionsBeforeDap, int? RaisedThreshold, IReadOnlyList<string> Sources, Confidence Confidence);
