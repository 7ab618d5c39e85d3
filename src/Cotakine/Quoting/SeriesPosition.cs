namespace Cotakine.Quoting;

/// <summary>
/// Where the session stands in its treatment: its rank in the current series, the sessions already reimbursed for the
/// same indication over the previous 12 months, whether an agreed DAP covers it, and — an extension beyond the
/// contract's example, optional — how many sessions were already billed for the patient earlier the same day
/// (<see cref="SessionsToday"/>, for the once-a-day / twice-a-day limits).
/// </summary>
public sealed record SeriesPosition(int SessionNumber, int SessionsLast12Months, bool DapAgreed, int SessionsToday = 0);
