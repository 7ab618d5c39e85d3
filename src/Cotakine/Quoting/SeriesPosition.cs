namespace Cotakine.Quoting;

/// <summary>
/// Where the session stands in its treatment: its rank in the current series, the sessions already reimbursed for the
/// same indication over the previous 12 months, and whether an agreed DAP covers it.
/// </summary>
public sealed record SeriesPosition(int SessionNumber, int SessionsLast12Months, bool DapAgreed);
