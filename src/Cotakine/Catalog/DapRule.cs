namespace Cotakine.Catalog;

/// <summary>
/// The référentiel threshold of an act: the number of sessions reimbursed without a demande d'accord préalable.
/// <see cref="SessionsBeforeDap"/> = 0 means the DAP is needed before the first session (canal carpien).
/// <see cref="SessionsWhenThirtyInTwelveMonths"/>, when set, replaces the threshold once 30 sessions for the same
/// indication were reimbursed over the previous 12 months (lombalgie commune, cervicalgie non spécifique).
/// </summary>
public sealed record DapRule(int SessionsBeforeDap, int? SessionsWhenThirtyInTwelveMonths, IReadOnlyList<string> Sources, Confidence Confidence);
