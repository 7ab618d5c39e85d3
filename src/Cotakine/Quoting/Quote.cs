using Cotakine.Territories;

namespace Cotakine.Quoting;

/// <summary>
/// The priced session: lines, total (sum of amounts), the AMO share and what is left to the patient
/// (<see cref="PatientShare"/> = <see cref="Total"/> − <see cref="Amo"/>, before any complementary insurer), and the issues.
/// For a C2S patient, <see cref="C2s"/> is the share the complémentaire santé solidaire pays out of
/// <see cref="PatientShare"/> (contract 1.1); <see cref="Franchise"/> says what the caisse will withhold from the patient's
/// reimbursement (never deducted here), null when the session has no act.
/// </summary>
public sealed record Quote(
    DateOnly Date,
    TerritoryKind Territory,
    decimal PointValue,
    IReadOnlyList<QuoteLine> Lines,
    decimal Total,
    decimal Amo,
    decimal PatientShare,
    IReadOnlyList<QuoteIssue> Issues,
    string CatalogVersion,
    decimal? C2s = null,
    FranchiseEstimate? Franchise = null)
{
    /// <summary>Whether the session can be billed as given (no issue of severity error).</summary>
    public bool IsBillable => Issues.All(i => i.Severity != Severity.Error);
}
