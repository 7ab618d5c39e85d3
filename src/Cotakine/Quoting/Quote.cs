using Cotakine.Territories;

namespace Cotakine.Quoting;

/// <summary>
/// The priced session: lines, total (sum of amounts), the AMO share and what is left to the patient
/// (<see cref="PatientShare"/> = <see cref="Total"/> − <see cref="Amo"/>, before any complementary insurer), and the issues.
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
    string CatalogVersion)
{
    /// <summary>Whether the session can be billed as given (no issue of severity error).</summary>
    public bool IsBillable => Issues.All(i => i.Severity != Severity.Error);
}
